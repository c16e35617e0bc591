"""The one table of what the program says about a failure, keyed by code.

A key is an error's ``code`` (``core/errors.py``), or ``code.reason`` when the error's
``details["reason"]`` picks one of several texts, or ``code.reason.field``. Each entry is
the Bulgarian source text; its English lives in ``resources/translations/*.ts`` under the
context ``errors`` (``lupdate`` finds the texts through ``N``; see update.sh), so the GUI
renders it through Qt's ``tr()`` and the command line through the compiled ``.qm``.
``{name}`` stands for ``details[name]``.

``GUI`` holds the window's own wording where the command line's would not fit (it names no
commands, and the window offers its own way forward); the window falls back to ``TEXTS``.

To add a text: an entry below (and, for a new code, a class in ``core/errors.py``), then
``resources/translations/update.sh`` and the English in pasoss_activator_en.ts.
"""

from __future__ import annotations

from dataclasses import dataclass

CONTEXT = "errors"


def N(context: str, text: str) -> str:  # noqa: N802 - the QT_TRANSLATE_NOOP of lupdate
    """Marks ``text`` for translation; translated when shown, not here."""
    return text


@dataclass(frozen=True)
class Text:
    message: str
    action: str = ""
    # Bulgarian only: the service writes its own Bulgarian sentence for some failures; it is
    # shown instead of ``message``, followed by ``action_after_service``.
    action_after_service: str | None = None


RETRY_LATER = N(
    "errors", "Опитайте отново след малко. Ако не се получи, обадете се на поддръжката на ПАСОСС."
)
RETRY_OR_CALL = N("errors", "Опитайте отново; ако грешката се повтори, се обадете на поддръжката.")
CHECK_NETWORK = N(
    "errors",
    "Проверете връзката с интернет (и прокси сървъра, ако фирмата използва такъв) и опитайте "
    "отново. Без интернет можете да активирате с файл за заявка (activate --request).",
)
# The place is core/products.py's REGISTRATION_PLACE, in the program's own words.
KEY_AGAIN = N(
    "errors",
    "Копирайте ключа отново от програмата („Фирми и години“ → Главно меню → Служебни "
    "функции → Регистрация) или го прочетете отново.",
)
ASK_FOR_HTTPS = N(
    "errors",
    "Използвайте адрес като https://service.pasoss.com/api/v1 (без интервали, „@“ и „\\“).",
)
KEY_WHOLE = N("errors", "Копирайте ключа отново, целия, без да пропускате знаци.")
COPY_BACKUP = N(
    "errors",
    "Копирайте резервното копие {backup_path} върху {file_name}, или се обадете на поддръжката.",
)

TEXTS: dict[str, Text] = {
    # --- anything else ------------------------------------------------------------------
    "internal_error": Text(
        N("errors", "Възникна неочаквана грешка в активатора."),
        N("errors", "Опитайте отново; ако се повтори, обадете се на поддръжката на ПАСОСС."),
    ),
    "internal_error.logged": Text(
        N(
            "errors",
            "Възникна неочаквана грешка в активатора. Подробностите са записани в {log_path}.",
        ),
        N("errors", "Опитайте отново; ако се повтори, обадете се на поддръжката на ПАСОСС."),
    ),
    "internal_error.command_not_ready": Text(
        N("errors", "Командата „{command}“ още не е готова в тази версия на активатора."),
        N("errors", "Обновете PASOSS Activator или се обадете на поддръжката на ПАСОСС."),
    ),
    # --- how the program was asked ------------------------------------------------------
    "usage": Text(N("errors", "Грешна команда."), N("errors", "Вижте „pasoss-activator --help“.")),
    "usage.bad_command": Text(
        N("errors", "Грешна команда: {problem}."), N("errors", "Вижте „{prog} --help“.")
    ),
    "usage.no_command": Text(
        N("errors", "Не е посочена команда."),
        N("errors", "Вижте „pasoss-activator --help“ за списъка с команди."),
    ),
    "usage.service_url": Text(
        N("errors", "„{url}“ не е адрес на услуга."),
        N("errors", "Въведете адрес като https://service.pasoss.com/api/v1."),
    ),
    "usage.support_code": Text(
        N("errors", "„{text}“ не е код за поддръжка."),
        N("errors", "Кодът е от 6 цифри — помолете клиента да го прочете отново."),
    ),
    "usage.no_terminal": Text(
        N("errors", "Паролата не може да бъде поискана: няма терминал."),
        N(
            "errors",
            "Използвайте --email E --password-stdin и подайте паролата на стандартния вход.",
        ),
    ),
    "usage.no_password_on_stdin": Text(
        N("errors", "Не беше подадена парола на стандартния вход."),
        N(
            "errors",
            "Подайте паролата на един ред, например: echo ПАРОЛА | "
            "pasoss-activator … --password-stdin",
        ),
    ),
    "usage.password_stdin_needs_email": Text(
        N("errors", "--password-stdin иска и --email."),
        N("errors", "Добавете --email ВАШИЯТ_E-MAIL."),
    ),
    "usage.offline_needs_both_files": Text(
        N("errors", "За файл за заявка посочете и двата файла."),
        N("errors", "Напишете: pasoss-activator generate --request ЗАЯВКА --response ОТГОВОР"),
    ),
    "usage.no_installation_key": Text(
        N("errors", "Не е посочен инсталационен ключ."),
        N(
            "errors",
            "Инсталационният ключ е в програмата ПАСОСС: „Фирми и години“ → Главно меню → "
            "Служебни функции → Регистрация. Там се въвежда и регистрационният ключ. "
            "Напишете: pasoss-activator generate XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX",
        ),
    ),
    "usage.support_send_needs_key": Text(
        N("errors", "Не е посочен инсталационен ключ."),
        N("errors", "Напишете: pasoss-activator support send КОД "
          "XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"),
    ),
    "usage.wait_options_need_wait": Text(
        N("errors", "--write и --timeout важат само с --wait."),
        N("errors", "Напишете: pasoss-activator support start --wait --write"),
    ),
    "usage.wait_time_not_positive": Text(
        N("errors", "Времето за чакане трябва да е положително число секунди."),
        N("errors", "Например: --timeout 600"),
    ),
    "usage.several_programs": Text(
        N("errors", "Намерих няколко програми ПАСОСС ({listing})."),
        N("errors", "Посочете папката на тази, която активирате: pasoss-activator activate ПАПКА"),
    ),
    "insecure_server_url": Text(
        N("errors", "Адресът „{url}“ е без шифриране (http), а услугата не е на този компютър."),
        N("errors", "Използвайте адрес, който започва с https://."),
    ),
    "insecure_server_url.plain_http": Text(
        N("errors", "Адресът „{url}“ е без шифриране (http), а услугата не е на този компютър."),
        N("errors", "Използвайте адрес, който започва с https://."),
    ),
    # An address URL parsers may read differently (DESIGN.md section 6.1).
    "insecure_server_url.backslash": Text(
        N("errors", "Адресът на услугата „{url}“ не е приет: съдържа обратна наклонена черта "
          "(\\)."),
        ASK_FOR_HTTPS,
    ),
    "insecure_server_url.user_info": Text(
        N("errors", "Адресът на услугата „{url}“ не е приет: съдържа потребител или парола (@)."),
        ASK_FOR_HTTPS,
    ),
    "insecure_server_url.whitespace": Text(
        N("errors", "Адресът на услугата „{url}“ не е приет: съдържа интервал или нов ред."),
        ASK_FOR_HTTPS,
    ),
    "insecure_server_url.control_character": Text(
        N("errors", "Адресът на услугата „{url}“ не е приет: съдържа управляващ знак."),
        ASK_FOR_HTTPS,
    ),
    "insecure_server_url.percent_encoding": Text(
        N("errors", "Адресът на услугата „{url}“ не е приет: съдържа кодирани знаци (%)."),
        ASK_FOR_HTTPS,
    ),
    "insecure_server_url.character": Text(
        N("errors", "Адресът на услугата „{url}“ не е приет: съдържа неприети знаци."),
        ASK_FOR_HTTPS,
    ),
    "insecure_server_url.character.char": Text(
        N("errors", "Адресът на услугата „{url}“ не е приет: съдържа знака „{char}“."),
        ASK_FOR_HTTPS,
    ),
    "insecure_server_url.character.parts": Text(
        N("errors", "Адресът на услугата „{url}“ не е приет: съдържа части, които не са адрес "
          "на услуга."),
        ASK_FOR_HTTPS,
    ),
    "insecure_server_url.character.ipv6": Text(
        N("errors", "Адресът на услугата „{url}“ не е приет: IPv6 адресът не е валиден."),
        ASK_FOR_HTTPS,
    ),
    "insecure_server_url.character.path": Text(
        N("errors", "Адресът на услугата „{url}“ не е приет: пътят съдържа неприети знаци."),
        ASK_FOR_HTTPS,
    ),
    # --- installation keys --------------------------------------------------------------
    "invalid_installation_key": Text(
        N("errors", "Инсталационният ключ е грешен."),
        N("errors", "Копирайте ключа отново от програмата."),
    ),
    "invalid_installation_key.group": Text(
        N("errors", "Инсталационният ключ е грешен."),
        N("errors", "Прочетете отново група {group} от програмата и я поправете."),
    ),
    "invalid_installation_key.character": Text(
        N(
            "errors",
            "Знакът „{shown}“ (позиция {position}, група {group}) не може да бъде "
            "в инсталационен ключ.",
        ),
        N("errors", "Проверете го и го въведете отново."),
    ),
    "invalid_installation_key.length": Text(
        N(
            "errors",
            "Инсталационният ключ трябва да има {expected} знака без тиретата, а "
            "въведените са {length}.",
        ),
        N("errors", "Проверете дали е въведен целият ключ — 6 групи по 5 знака."),
    ),
    "invalid_installation_key.raw_length": Text(
        N("errors", "Инсталационният ключ е с грешна дължина."), KEY_AGAIN
    ),
    "invalid_installation_key.check": Text(
        N("errors", "Група {group} на инсталационния ключ е въведена грешно."),
        N("errors", "Прочетете отново група {group} от програмата и я поправете."),
    ),
    "invalid_installation_key.crc": Text(
        N("errors", "Инсталационният ключ не е цял: контролната сума не съвпада."), KEY_AGAIN
    ),
    "invalid_installation_key.field.format": Text(
        N("errors", "Инсталационният ключ е във формат, който не познаваме."), KEY_AGAIN
    ),
    "invalid_installation_key.field.product": Text(
        N("errors", "Инсталационният ключ е за непозната програма."), KEY_AGAIN
    ),
    "invalid_installation_key.field.installation_type": Text(
        N("errors", "Инсталационният ключ е с непознат вид инсталация."), KEY_AGAIN
    ),
    "invalid_installation_key.field.modules": Text(
        N("errors", "Инсталационният ключ е с невъзможен набор от модули."), KEY_AGAIN
    ),
    "invalid_installation_key.field.workplaces": Text(
        N("errors", "Инсталационният ключ е с нула работни места."), KEY_AGAIN
    ),
    "invalid_installation_key.field.customer_number": Text(
        N("errors", "Инсталационният ключ е без клиентски номер."), KEY_AGAIN
    ),
    "invalid_installation_key.missing": Text(
        N("errors", "Във файла {path} няма инсталационен ключ."),
        N("errors", "Отворете програмата ПАСОСС, за да го създаде, и опитайте отново."),
    ),
    # --- registration keys --------------------------------------------------------------
    "verification_failed": Text(
        N("errors", "Регистрационният ключ не е верен."),
        N("errors", "Не го записвайте. Поискайте ключа отново."),
    ),
    "verification_failed.damaged": Text(
        N("errors", "Регистрационният ключ е повреден."), KEY_WHOLE
    ),
    "verification_failed.damaged.raw_length": Text(
        N("errors", "Регистрационният ключ е с грешна дължина."), KEY_WHOLE
    ),
    "verification_failed.damaged.format": Text(
        N("errors", "Регистрационният ключ е във формат, който не познаваме."), KEY_WHOLE
    ),
    "verification_failed.damaged.product": Text(
        N("errors", "Регистрационният ключ е за непозната програма."), KEY_WHOLE
    ),
    "verification_failed.damaged.character": Text(
        N(
            "errors",
            "Знакът „{shown}“ (позиция {position}) не може да бъде в регистрационен ключ.",
        ),
        KEY_WHOLE,
    ),
    "verification_failed.damaged.length": Text(
        N(
            "errors",
            "Регистрационният ключ трябва да има {expected} знака без тиретата, а "
            "въведените са {length}.",
        ),
        KEY_WHOLE,
    ),
    "verification_failed.damaged.padding": Text(
        N("errors", "Последният знак на регистрационния ключ е грешен."), KEY_WHOLE
    ),
    "verification_failed.signature_invalid": Text(
        N(
            "errors",
            "Подписът на регистрационния ключ не е верен: ключът е повреден или подправен.",
        ),
        N("errors", "Не го записвайте. Поискайте ключа отново."),
    ),
    "verification_failed.other_installation": Text(
        N("errors", "Регистрационният ключ е издаден за друг инсталационен ключ."),
        N("errors", "Поискайте ключ за инсталационния ключ, който програмата показва сега."),
    ),
    "verification_failed.version_not_covered": Text(
        N(
            "errors",
            "Версия {version} на програмата е от по-ново издание от последното платено "
            "({max_version}).",
        ),
        N(
            "errors",
            "За новото издание е нужен абонамент или платено право да го ползвате: обадете "
            "се на ПАСОСС на {phone}.",
        ),
    ),
    "verification_failed.expired": Text(
        N("errors", "Регистрационният ключ е валиден до {valid_until} и вече е изтекъл."),
        N("errors", "Подновете договора и поискайте нов ключ."),
    ),
    "untrusted_signer": Text(
        N(
            "errors",
            "Регистрационният ключ не е подписан с ключ на ПАСОСС, на който имаме доверие.",
        ),
        N("errors", "Поискайте ключа отново от услугата на ПАСОСС или се обадете на поддръжката."),
    ),
    # --- files on this PC ---------------------------------------------------------------
    "config_error": Text(
        N("errors", "Файлът {path} не може да бъде прочетен или записан."), RETRY_OR_CALL
    ),
    "folder_missing": Text(
        N("errors", "Папката {path} не съществува."),
        N("errors", "Проверете пътя до папката на програмата и опитайте отново."),
    ),
    "config_missing": Text(
        N("errors", "В папката {path} няма файл PASOSS.INI."),
        N("errors", "Изберете папката, в която е инсталирана програмата ПАСОСС."),
    ),
    "config_missing.no_program_found": Text(
        N("errors", "Не намерих инсталирана програма ПАСОСС на този компютър."),
        N("errors", "Посочете папката на програмата: pasoss-activator activate ПАПКА"),
    ),
    "config_too_large": Text(
        N("errors", "Файлът {path} е твърде голям ({size_mb} MB), за да е настройка на "
          "програма ПАСОСС (те са под 1 MB). Активаторът не го прочете и не го промени."),
        N("errors", "Проверете дали това е папката на програмата ПАСОСС. Ако е, обадете се на "
          "поддръжката на ПАСОСС, преди да го променяте."),
    ),
    "config_unreadable": Text(
        N("errors", "Файлът {path} не може да бъде прочетен ({os_error})."),
        N("errors", "Проверете дали дискът е достъпен и опитайте отново."),
    ),
    "config_unreadable.not_text": Text(
        N("errors", "Файлът {path} не е във формата, който програмата ПАСОСС използва."),
        N("errors", "Не го променяйте ръчно. Обадете се на поддръжката."),
    ),
    "config_unreadable.permission": Text(
        N("errors", "Нямате право да четете файла {path}."),
        N("errors", "Стартирайте активатора от потребителя, с който работите с програмата."),
    ),
    "config_locked": Text(
        N(
            "errors",
            "Файлът {path} е зает от друга програма — вероятно програмата ПАСОСС е отворена.",
        ),
        N("errors", "Затворете програмата и опитайте отново."),
    ),
    # The running program holds its PASOSS.INI (a Windows sharing violation): named, as
    # the user knows it on the PC.
    "config_locked.held_by_program": Text(
        N("errors", "Файлът {path} е зает: програмата {program} е отворена и го държи."),
        N(
            "errors",
            "Затворете {program} (на този компютър и на другите в мрежата, които работят с "
            "нея) и опитайте отново. Файлът не е променен.",
        ),
    ),
    "config_read_only": Text(
        N("errors", "Нямате право да променяте файла {path}."),
        N(
            "errors",
            "Ако програмата е инсталирана в Program Files, стартирайте активатора с "
            "десен бутон → „Изпълни като администратор“, или помолете администратора да Ви "
            "даде право за писане в папката на програмата.",
        ),
    ),
    "config_write_failed": Text(
        N("errors", "Файлът {path} не можа да бъде записан ({os_error})."),
        N(
            "errors",
            "Файлът не е променен. Опитайте отново; ако грешката се повтори, се "
            "обадете на поддръжката.",
        ),
    ),
    "config_write_failed.disk_full": Text(
        N("errors", "Няма свободно място на диска, за да се запише {path}."),
        N("errors", "Освободете място на диска и опитайте отново. Файлът не е променен."),
    ),
    "config_write_failed.changed_meanwhile": Text(
        N("errors", "Файлът {path} беше променен, докато работехме с него."),
        N("errors", "Опитайте отново. Ако програмата ПАСОСС е отворена, първо я затворете."),
    ),
    "config_write_failed.not_restored.unreadable": Text(
        N(
            "errors",
            "Записаният файл {path} не се прочете обратно правилно ({os_error}), а "
            "предишният не можа да бъде възстановен автоматично.",
        ),
        COPY_BACKUP,
    ),
    "config_write_failed.not_restored.mismatch": Text(
        N(
            "errors",
            "Записаният файл {path} не се прочете обратно правилно (съдържанието не "
            "съвпада), а предишният не можа да бъде възстановен автоматично.",
        ),
        COPY_BACKUP,
    ),
    "config_write_failed.restored.unreadable": Text(
        N(
            "errors",
            "Записаният файл {path} не се прочете обратно правилно ({os_error}). "
            "Предишното съдържание е възстановено.",
        ),
        RETRY_OR_CALL,
    ),
    "config_write_failed.restored.mismatch": Text(
        N(
            "errors",
            "Записаният файл {path} не се прочете обратно правилно (съдържанието не "
            "съвпада). Предишното съдържание е възстановено.",
        ),
        RETRY_OR_CALL,
    ),
    "config_write_failed.key_changed": Text(
        N("errors", "Инсталационният ключ в програмата се промени, докато работехме."),
        N("errors", "Затворете програмата ПАСОСС и опитайте отново."),
    ),
    "config_write_failed.key_not_read_back": Text(
        N("errors", "Ключът не се прочита обратно от {path}."),
        N("errors", "Предишният файл е запазен като {backup_path}. Обадете се на поддръжката."),
    ),
    "config_write_failed.report_not_written": Text(
        N("errors", "Отчетът не може да бъде записан в {path} ({os_error})."),
        N("errors", "Изберете друга папка, например Документи или Работен плот."),
    ),
    "request_file_invalid": Text(
        N("errors", "Файлът {path} не може да бъде прочетен ({os_error})."),
        N("errors", "Проверете пътя до файла и дали флашката е поставена."),
    ),
    "request_file_invalid.not_written": Text(
        N("errors", "Файлът {path} не може да бъде записан ({os_error})."),
        N("errors", "Проверете дали флашката е поставена и не е защитена срещу запис."),
    ),
    "request_file_invalid.newer_format": Text(
        N("errors", "Файлът {path} е от по-нова версия на активатора."),
        N("errors", "Обновете PASOSS Activator на този компютър и опитайте отново."),
    ),
    "request_file_invalid.not_a_request": Text(
        N("errors", "Файлът {path} не е файл за заявка за активиране."),
        N("errors", "Изберете файла, който активаторът е създал, без да го променяте."),
    ),
    "request_file_invalid.not_a_response": Text(
        N("errors", "Файлът {path} не е файл с отговор за активиране."),
        N("errors", "Изберете файла, който активаторът е създал, без да го променяте."),
    ),
    # --- the account ----------------------------------------------------------------------
    "account_access": Text(
        N("errors", "Нямате достъп до профила."), N("errors", "Влезте с имейла и паролата си.")
    ),
    "login_required": Text(
        N("errors", "Не сте влезли в профила си в ПАСОСС."),
        N("errors", "Влезте с имейла и паролата си (pasoss-activator login)."),
    ),
    "login_required.session_ended": Text(
        N("errors", "Сесията Ви изтече."), N("errors", "Влезте отново с имейла и паролата си.")
    ),
    "login_required.no_session": Text(
        N("errors", "Не сте влезли в профила си в ПАСОСС."),
        N("errors", "Влезте с „pasoss-activator login“ или добавете --email E --password-stdin."),
    ),
    "invalid_credentials": Text(
        N("errors", "Грешен имейл или парола. Проверете ги и опитайте отново."),
        N("errors", "Ако сте забравили паролата, поискайте нова."),
    ),
    "too_many_attempts": Text(N("errors", "Твърде много опити."), RETRY_LATER),
    "too_many_attempts.wait": Text(
        N("errors", "Твърде много опити."),
        N("errors", "Опитайте отново след {retry_after} секунди."),
    ),
    "forbidden": Text(
        N("errors", "Нямате право на това действие."),
        N("errors", "Влезте с профил, който има това право."),
    ),
    "wrong_password": Text(
        N("errors", "Текущата парола е грешна."), N("errors", "Въведете отново текущата си парола.")
    ),
    "weak_password": Text(
        N("errors", "Новата парола е твърде слаба."),
        N("errors", "Изберете парола от поне 10 знака, различна от имейла Ви."),
    ),
    # --- the service ----------------------------------------------------------------------
    "service_error": Text(N("errors", "Услугата на ПАСОСС има временен проблем."), RETRY_LATER),
    "service_error.server": Text(
        N("errors", "Услугата на ПАСОСС има временен проблем (код {status})."), RETRY_LATER
    ),
    "service_error.bad_answer": Text(
        N("errors", "Услугата на ПАСОСС върна отговор, който програмата не разбира."),
        RETRY_LATER,
    ),
    "service_error.bad_data": Text(
        N("errors", "Услугата на ПАСОСС върна данни, които програмата не разбира."),
        N("errors", "Опитайте отново след малко. Ако не се получи, обадете се на поддръжката."),
    ),
    "service_error.no_key": Text(
        N("errors", "Услугата на ПАСОСС върна отговор без регистрационен ключ."),
        N("errors", "Опитайте отново след малко. Ако не се получи, обадете се на поддръжката."),
    ),
    "service_unavailable": Text(N("errors", "Няма връзка с услугата на ПАСОСС."), CHECK_NETWORK),
    "service_unavailable.connection": Text(
        N("errors", "Няма връзка с услугата на ПАСОСС."), CHECK_NETWORK
    ),
    "service_unavailable.timeout": Text(
        N("errors", "Услугата на ПАСОСС не отговори навреме."), CHECK_NETWORK
    ),
    "service_unavailable.certificate": Text(
        N(
            "errors",
            "Връзката с услугата на ПАСОСС не е защитена: сертификатът ѝ не е приет от Windows.",
        ),
        N(
            "errors",
            "Често това е антивирусна програма или фирмена защитна стена, която "
            "проверява връзките. Обадете се на системния администратор или на поддръжката на "
            "ПАСОСС.",
        ),
    ),
    "service_unavailable.proxy": Text(
        N("errors", "Прокси сървърът не пропуска връзката с услугата на ПАСОСС."),
        N("errors", "Проверете настройките на прокси сървъра или се обадете на администратора."),
    ),
    "service_unavailable.too_large": Text(
        N("errors", "Услугата на ПАСОСС върна отговор, много по-голям от допустимото, и той не "
          "беше прочетен."),
        N("errors", "Опитайте отново след малко; ако се повтори, вероятно мрежата подменя "
          "отговорите: опитайте от друга мрежа или се обадете на поддръжката на ПАСОСС."),
    ),
    "service_unavailable.deadline": Text(
        N("errors", "Услугата на ПАСОСС не завърши отговора си навреме."), CHECK_NETWORK
    ),
    "service_redirect": Text(
        N("errors", "Мрежата пренасочи връзката към друг адрес вместо към услугата на ПАСОСС "
          "(често това е страница за вход в Wi-Fi мрежа на хотел или заведение)."),
        N("errors", "Отворете браузър и влезте в мрежата, после опитайте отново. Ако се "
          "повтори, обадете се на поддръжката на ПАСОСС."),
    ),
    "not_entitled": Text(
        N("errors", "Услугата не издаде ключ: договорът Ви не покрива тази инсталация."),
        N(
            "errors",
            "Вижте таблицата за сравнение и се обадете на ПАСОСС, за да разширите договора.",
        ),
        action_after_service="",  # the service's sentence already says what to do
    ),
    # Assisted activation (core/assisted.py).
    "no_program_for_key": Text(
        N("errors", "Ключът, изпратен от поддръжката (за {product}), не е за никоя от програмите "
          "на този компютър."),
        N("errors", "Кажете на служителя кой инсталационен ключ показва програмата в "
          "„Регистрация“, за да изпрати ключ за него."),
    ),
    "support_wait_timeout": Text(
        N("errors", "Поддръжката не изпрати ключ, който да пасне на програма на този компютър, "
          "за {minutes} мин."),
        N("errors", "Обадете се отново на поддръжката на ПАСОСС; за нов код изпълнете "
          "pasoss-activator support start --wait."),
    ),
    "support_session_ended": Text(
        N("errors", "Сесията за поддръжка приключи: кодът вече не е валиден."),
        N("errors", "Ако поддръжката още не Ви е изпратила ключ, създайте нов код "
          "(pasoss-activator support start --wait) и го кажете на служителя."),
    ),
    "not_found": Text(N("errors", "Няма такъв запис."), N("errors", "Проверете въведеното.")),
    "invalid_request": Text(
        N("errors", "Услугата отказа заявката."), N("errors", "Проверете въведеното.")
    ),
}

GUI: dict[str, Text] = {
    # The window has no "login" command: its way back in is „Изход от профила“ and „Вход“.
    "login_required": Text(
        N("errors", "Не сте влезли в профила си в ПАСОСС."),
        N("errors", "Изберете „Изход от профила“ и влезте отново с имейла и паролата си."),
    ),
    # The window offers „Активиране без интернет…“ itself; no „activate --request“.
    "service_unavailable.connection": Text(
        N("errors", "Няма връзка с услугата на ПАСОСС."),
        N(
            "errors",
            "Проверете връзката с интернет (и прокси сървъра, ако фирмата използва "
            "такъв) и опитайте отново.",
        ),
    ),
    "service_unavailable.timeout": Text(
        N("errors", "Услугата на ПАСОСС не отговори навреме."),
        N(
            "errors",
            "Проверете връзката с интернет (и прокси сървъра, ако фирмата използва "
            "такъв) и опитайте отново.",
        ),
    ),
    "service_unavailable.deadline": Text(
        N("errors", "Услугата на ПАСОСС не завърши отговора си навреме."),
        N("errors", "Проверете връзката с интернет (и прокси сървъра, ако фирмата използва "
          "такъв) и опитайте отново."),
    ),
    "unexpected": Text(
        N(
            "errors",
            "Възникна неочаквана грешка. Опитайте отново; ако грешката се повтори, "
            "обадете се на поддръжката на ПАСОСС.",
        ),
    ),
}
