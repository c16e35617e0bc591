"""``python -m server_stub``: run the service, or set up data without writing SQL.

    serve --db PATH [--host 127.0.0.1] [--port N] [--demo-data]
          [--signing-key PATH --key-id N] [--tls-cert F --tls-key F]
    seed-demo --db PATH
    create-account --db PATH --email E --password-stdin [--company C] [--customer-number N]
                   [--role client|staff] [--eik X] [--mol X] [--phone X]
    add-licence --db PATH --email E --product SCH|RZ5 --installation-type T --workplaces N
                --modules 0,1,2 --max-version 230704.0 [--service-type S]
                [--valid-until YYYY-MM-DD] [--status active|suspended]
    add-contract --db PATH --email E --year Y --monthly-price 45.00 [--currency BGN|EUR]
                 [--document-type D] [--subscription-type S] [--concluded-on YYYY-MM-DD]
                 [--status S] [--unpaid]
    add-news --db PATH --title T --body B [--published-on YYYY-MM-DD] [--products SCH,RZ5]

Exit codes: 0 done, 2 wrong arguments or data (the message says what to fix).
"""

from __future__ import annotations

import argparse
import datetime as dt
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType

from pasoss_activator.core.products import product_codes

from . import records
from .clock import Clock
from .db import connect, open_database, transaction
from .demo import seed_demo
from .server import make_server
from .service import Service
from .signing import SigningKeyError


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command: Callable[[argparse.Namespace], int] = args.run
    try:
        return command(args)
    except (ValueError, SigningKeyError, OSError) as err:
        sys.stderr.write(f"Грешка: {err}\n")
        return 2


def _serve(args: argparse.Namespace) -> int:
    if bool(args.tls_cert) != bool(args.tls_key):
        raise ValueError("--tls-cert и --tls-key се задават заедно.")
    service = Service.open(
        Path(args.db),
        demo_data=args.demo_data,
        signing_key=Path(args.signing_key) if args.signing_key else None,
        key_id=args.key_id,
        log_requests=True,
    )
    tls = (args.tls_cert, args.tls_key) if args.tls_cert else None
    server = make_server(service, args.host, args.port, tls)

    def stop(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt  # leaves serve_forever in the main thread, then closes

    signal.signal(signal.SIGTERM, stop)
    sys.stdout.write(f"Serving on {server.base_url}\n")
    sys.stdout.flush()
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def _seed_demo(args: argparse.Namespace) -> int:
    open_database(Path(args.db))
    conn = connect(Path(args.db))
    try:
        done = seed_demo(conn, Clock.from_env().today())
    finally:
        conn.close()
    sys.stdout.write(
        "Демо данните са създадени.\n"
        if done
        else "Базата не е празна: демо данните не са добавени.\n"
    )
    return 0


def _create_account(args: argparse.Namespace) -> int:
    if not args.password_stdin:
        raise ValueError("Паролата се подава на стандартния вход с --password-stdin.")
    password = sys.stdin.readline().rstrip("\r\n")
    if len(password) < 10:
        raise ValueError("Паролата трябва да има поне 10 знака.")

    def create(conn: object) -> int:
        return records.create_account(
            conn,  # type: ignore[arg-type]
            email=args.email,
            password=password,
            company=args.company,
            customer_number=args.customer_number,
            role=args.role,
            eik=args.eik,
            mol=args.mol,
            phone=args.phone,
        )

    new_id = _in_db(args, create)
    sys.stdout.write(f"Профилът {args.email} е създаден (№ {new_id}).\n")
    return 0


def _add_licence(args: argparse.Namespace) -> int:
    try:
        modules = [int(m) for m in args.modules.split(",") if m.strip()]
    except ValueError:
        raise ValueError("--modules е списък от номера, разделени със запетая: 0,1,2") from None
    new_id = _in_db(
        args,
        lambda conn: records.add_licence(
            conn,
            records.account_id(conn, args.email),
            product=args.product,
            installation_type=args.installation_type,
            workplaces=args.workplaces,
            modules=modules,
            max_version=args.max_version,
            service_type=args.service_type,
            valid_until=args.valid_until,
            status=args.status,
        ),
    )
    sys.stdout.write(f"Лицензът е добавен (№ {new_id}).\n")
    return 0


def _add_contract(args: argparse.Namespace) -> int:
    new_id = _in_db(
        args,
        lambda conn: records.add_contract(
            conn,
            records.account_id(conn, args.email),
            year=args.year,
            document_type=args.document_type,
            subscription_type=args.subscription_type,
            monthly_price=args.monthly_price,
            currency=args.currency,
            concluded_on=args.concluded_on or dt.date(args.year, 1, 1),
            status=args.status,
            paid=not args.unpaid,
        ),
    )
    sys.stdout.write(f"Договорът е добавен (№ {new_id}).\n")
    return 0


def _add_news(args: argparse.Namespace) -> int:
    products = [p for p in args.products.split(",") if p.strip()]
    new_id = _in_db(
        args,
        lambda conn: records.add_news(
            conn,
            published_on=args.published_on or Clock.from_env().today(),
            title=args.title,
            body=args.body,
            products=products,
        ),
    )
    sys.stdout.write(f"Новината е добавена (№ {new_id}).\n")
    return 0


def _in_db(args: argparse.Namespace, change: Callable[..., int]) -> int:
    """Run ``change(conn)`` in one transaction on the (created or upgraded) database."""
    open_database(Path(args.db))
    conn = connect(Path(args.db))
    try:
        with transaction(conn):
            return change(conn)
    finally:
        conn.close()


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"„{text}“ не е дата във вида ГГГГ-ММ-ДД") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m server_stub",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)

    def command(
        name: str, run: Callable[[argparse.Namespace], int], text: str
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=text, description=text)
        sub.add_argument("--db", required=True, help="файлът на базата данни (SQLite)")
        sub.set_defaults(run=run)
        return sub

    serve = command("serve", _serve, "стартира услугата")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080, help="0 избира свободен порт")
    serve.add_argument("--demo-data", action="store_true", help="демо данни в празна база")
    serve.add_argument("--signing-key", help="Ed25519 частен ключ (PEM, 32 байта или hex)")
    serve.add_argument("--key-id", type=int, help="номер на ключа за подписване (1–255)")
    serve.add_argument("--tls-cert")
    serve.add_argument("--tls-key")

    command("seed-demo", _seed_demo, "създава демо данните в празна база")

    account = command("create-account", _create_account, "създава профил")
    account.add_argument("--email", required=True)
    account.add_argument("--password-stdin", action="store_true", help="паролата от stdin")
    account.add_argument("--company", default="")
    account.add_argument("--customer-number", type=int)
    account.add_argument("--role", choices=["client", "staff"], default="client")
    for name in ("--eik", "--mol", "--phone"):
        account.add_argument(name, default="")

    licence = command("add-licence", _add_licence, "добавя лиценз към профил")
    licence.add_argument("--email", required=True)
    licence.add_argument("--product", required=True, choices=product_codes())
    licence.add_argument(
        "--installation-type",
        required=True,
        choices=["standalone", "network_server", "network_workstation"],
    )
    licence.add_argument("--workplaces", type=int, required=True)
    licence.add_argument("--modules", required=True, help="например 0,1,2")
    licence.add_argument("--max-version", required=True, help="например 230704.0")
    licence.add_argument("--service-type", default="Абонамент ВИП")
    licence.add_argument("--valid-until", type=_date)
    licence.add_argument("--status", default="active", choices=list(records.LICENCE_STATUSES))

    contract = command("add-contract", _add_contract, "добавя договор към профил")
    contract.add_argument("--email", required=True)
    contract.add_argument("--year", type=int, required=True)
    contract.add_argument("--monthly-price", required=True, help="например 45.00")
    contract.add_argument("--currency", choices=["BGN", "EUR"])
    contract.add_argument("--document-type", default="Договор за абонаментно обслужване")
    contract.add_argument("--subscription-type", default="Абонамент ВИП")
    contract.add_argument("--concluded-on", type=_date)
    contract.add_argument("--status", default="active", choices=list(records.CONTRACT_STATUSES))
    contract.add_argument("--unpaid", action="store_true")

    news = command("add-news", _add_news, "добавя новина")
    news.add_argument("--title", required=True)
    news.add_argument("--body", required=True)
    news.add_argument("--published-on", type=_date)
    news.add_argument("--products", default="")
    return parser
