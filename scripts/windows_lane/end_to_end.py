"""Steps 2-4 of the Windows lane, run by Windows Python (under Wine) as a user would:

    python.exe scripts\\windows_lane\\end_to_end.py STUB_URL RESULT_JSON

Before it, the lane has registered the program with ``reg add`` under
``HKLM\\Software\\PASOSS\\SCH`` (32-bit view), ``InstallDir`` = the Cyrillic folder below.

3. ``PASOSS.INI`` held open by another Windows process without write or delete sharing,
   as the running program holds it: ``activate`` must exit 6, say to close the program,
   and leave the file byte for byte as it was.
2. the program found by discovery (not ``PASOSS_PROGRAMS``), ``activate`` through the
   command line, the key written and every other byte kept.
4. ``login`` remembered in Windows' Credential Manager (keyring's Windows backend); a new
   process resumes the session from it without the password.

(3 runs before 2 so that the program is still waiting for its key.) Every command is a
child process of ``python.exe -m pasoss_activator``, its output read as bytes through a
pipe: the lane sees what a script on Windows sees. The result is a JSON file; the exit
status is 0 only when every check held.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pasoss_activator.core import ini_file  # noqa: E402
from pasoss_activator.core.dates import today_sofia  # noqa: E402
from pasoss_activator.core.demo_programs import demo_keys, render_ini  # noqa: E402
from pasoss_activator.core.products import Product  # noqa: E402
from tests.windows_helpers import held_open  # noqa: E402

EMAIL = "demo@pasoss.example"
PASSWORD = "demo-parola-2026"
FOLDER = Path(os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)")) / "PASOSS" / (
    "Счетоводство"
)


class Checks:
    def __init__(self) -> None:
        self.items: list[dict[str, Any]] = []

    def check(self, ok: bool, what: str, detail: str = "") -> bool:
        self.items.append({"ok": bool(ok), "what": what, **({"detail": detail} if detail else {})})
        print(f"  {'ok  ' if ok else 'FAIL'} {what}" + (f": {detail}" if detail and not ok else ""))
        return bool(ok)

    @property
    def failed(self) -> list[str]:
        return [c["what"] for c in self.items if not c["ok"]]


def cli(*args: str, password: str | None = None, home: Path) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONIOENCODING", "PYTHONUTF8", "PASOSS_PROGRAMS")}
    env["PASOSS_ACTIVATOR_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "pasoss_activator", *args],
        input=(password + "\n").encode("utf-8") if password is not None else b"",
        capture_output=True, cwd=ROOT, env=env, timeout=180,
    )


def as_json(done: subprocess.CompletedProcess[bytes]) -> Any:
    return json.loads(done.stdout.decode("utf-8"))


def hold(path: str) -> int:
    """The other process: open ``path`` sharing reading only, say so, wait to be told."""
    try:
        with held_open(Path(path)):
            sys.stdout.write("held\n")
            sys.stdout.flush()
            sys.stdin.readline()  # until the lane says "release" (or closes the pipe)
    except OSError as error:
        sys.stdout.write(f"error {getattr(error, 'winerror', error)}\n")
        sys.stdout.flush()
        return 1
    return 0


def step_locked(checks: Checks, url: str, ini: Path, home: Path) -> bool:
    before = ini.read_bytes()
    holder = subprocess.Popen(
        [sys.executable, __file__, "hold", str(ini)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=ROOT,
    )
    assert holder.stdout is not None and holder.stdin is not None
    state = holder.stdout.readline().decode("ascii", "replace").strip()
    ok = checks.check(state == "held", "another process holds PASOSS.INI (FILE_SHARE_READ only)",
                      state)
    try:
        done = cli("activate", "--server", url, "--email", EMAIL, "--password-stdin",
                   password=PASSWORD, home=home)
    finally:
        holder.stdin.write(b"release\n")
        holder.stdin.close()
        holder.wait(timeout=60)
    said = done.stderr.decode("utf-8", "replace")
    ok &= checks.check(done.returncode == 6, "activate exits 6 while the file is held",
                       f"exit {done.returncode}: {said.strip()}")
    ok &= checks.check("Затворете ПАСОСС-Счетоводство" in said and "опитайте отново" in said,
                       "the message says to close ПАСОСС-Счетоводство and try again", said.strip())
    ok &= checks.check(
        not any(w in said for w in ("администратор", "право", "Изпълни като")),
        "the message does not blame rights or advise running as administrator", said.strip())
    ok &= checks.check(ini.read_bytes() == before, "PASOSS.INI unchanged, byte for byte")
    ok &= checks.check(sorted(p.name for p in ini.parent.iterdir()) == ["PASOSS.INI"],
                       "no backup or temporary file left beside it",
                       ", ".join(p.name for p in ini.parent.iterdir()))
    return ok


def step_activate(checks: Checks, url: str, ini: Path, home: Path) -> tuple[bool, bool]:
    before = ini.read_bytes()
    found = cli("programs", "--json", "--server", url, home=home)
    programs = as_json(found).get("programs", []) if found.returncode == 0 else []
    ours = [p for p in programs if Path(p["folder"]) == FOLDER]
    discovered = checks.check(
        len(ours) == 1 and ours[0]["source"] == "registry" and ours[0]["product"] == "SCH",
        "discovery finds the program through HKLM\\Software\\PASOSS\\SCH (32-bit view)",
        json.dumps(programs, ensure_ascii=False)[:400],
    )
    done = cli("activate", "--json", "--server", url, "--email", EMAIL, "--password-stdin",
               password=PASSWORD, home=home)
    ok = checks.check(done.returncode == 0, "activate (no folder named) exits 0",
                      f"exit {done.returncode}: {done.stderr.decode('utf-8', 'replace')}")
    if not ok:
        return discovered, False
    answer = as_json(done)
    key = answer["registration_key"]
    ok &= checks.check(Path(answer["config_path"]) == ini, "the key went to the Cyrillic path",
                       answer["config_path"])
    expected = ini_file.set_values(before, "Registration", {
        "RegistrationKey": key, "RegisteredOn": today_sofia().isoformat()})
    ok &= checks.check(ini.read_bytes() == expected,
                       "PASOSS.INI is the old file with only the two registration lines changed")
    backup = answer.get("backup_path")
    ok &= checks.check(bool(backup) and Path(backup).read_bytes() == before,
                       "the backup beside it holds the old file", str(backup))
    after = cli("programs", "--json", "--server", url, home=home)
    status = [p["status"] for p in as_json(after)["programs"] if Path(p["folder"]) == FOLDER]
    ok &= checks.check(status == ["valid"], "the program now shows a valid key", str(status))
    return discovered, ok


def step_keyring(checks: Checks, url: str, home: Path) -> tuple[bool, str]:
    import keyring

    backend = type(keyring.get_keyring()).__name__
    checks.check(backend == "WinVaultKeyring", "keyring picks Windows Credential Manager",
                 backend)
    login = cli("login", "--json", "--server", url, "--email", EMAIL, "--password-stdin",
                password=PASSWORD, home=home)
    ok = checks.check(login.returncode == 0 and as_json(login).get("remembered") is True,
                      "login --password-stdin is remembered",
                      login.stdout.decode("utf-8", "replace")[:300])
    stored = keyring.get_password("PASOSS Activator", f"{url}|{EMAIL}")
    ok &= checks.check(bool(stored) and stored != PASSWORD,
                       "Credential Manager holds a token for the account (not the password)")
    status = cli("status", "--json", "--server", url, "--email", EMAIL, home=home)
    data = as_json(status) if status.returncode == 0 else {}
    ok &= checks.check(
        data.get("logged_in") is True and (data.get("account") or {}).get("email") == EMAIL,
        "a new process resumes the session from Credential Manager",
        status.stdout.decode("utf-8", "replace")[:300],
    )
    return ok, backend


def main(url: str, out: Path) -> int:
    checks = Checks()
    result: dict[str, Any] = {}
    home = Path(tempfile.mkdtemp(prefix="pasoss-lane-"))
    ini = FOLDER / "PASOSS.INI"
    try:
        FOLDER.mkdir(parents=True, exist_ok=True)
        ini.write_bytes(render_ini(demo_keys()[Product.SCH]))
        print("step 3: PASOSS.INI held by another process")
        result["locked_file_refused"] = step_locked(checks, url, ini, home)
        print("step 2: end-to-end activation")
        result["registry_discovery"], result["end_to_end"] = step_activate(checks, url, ini, home)
        print("step 4: login remembered in Credential Manager")
        result["keyring_ok"], result["keyring_backend"] = step_keyring(checks, url, home)
    except Exception:  # the lane reports; a traceback here is a failed check, not a crash
        checks.check(False, "the end-to-end script ran to its end", traceback.format_exc())
    result["checks"] = checks.items
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    if sys.argv[1] == "hold":
        sys.exit(hold(sys.argv[2]))
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
