<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>Клиентски номер</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>Версия</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Модули</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Вид инсталация</source>
        <translation>Installation type</translation>
    </message>
    <message>
        <source>Работни места</source>
        <translation>Workplaces</translation>
    </message>
    <message>
        <source>Компютър</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Абонамент</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <source>този компютър</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>друг компютър</source>
        <translation>another computer</translation>
    </message>
    <message>
        <source>компютърът от ключа</source>
        <translation>the computer in the key</translation>
    </message>
    <message>
        <source>Параметър</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Поискано</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Разрешено</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <source>Съвпада</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Сравнение на параметрите</source>
        <translation>Comparison of parameters</translation>
    </message>
    <message>
        <source>Какво да направите</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Отказ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Отвори папката</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Затвори</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>лв.</source>
        <translation>BGN</translation>
    </message>
    <message>
        <source>Активен</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Изтекъл</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Спрян</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Очаква плащане</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <source>Прекратен</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>платен</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>неплатен</source>
        <translation>unpaid</translation>
    </message>
    <message>
        <source>1 минута</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>{0} минути</source>
        <translation>{0} minutes</translation>
    </message>
    <message>
        <source>1 секунда</source>
        <translation>1 second</translation>
    </message>
    <message>
        <source>{0} секунди</source>
        <translation>{0} seconds</translation>
    </message>
    <message>
        <source>{0} и {1}</source>
        <translation>{0} and {1}</translation>
    </message>
    <message>
        <source>Не сте влезли в профила си в ПАСОСС. Изберете „Изход от профила“ и влезте отново с имейла и паролата си.</source>
        <translation>You are not logged in to your PASOSS account. Choose “Log out” and log in again with your e-mail and password.</translation>
    </message>
    <message>
        <source>Проверете връзката с интернет (и прокси сървъра, ако фирмата използва такъв) и опитайте отново.</source>
        <translation>Check the internet connection (and the proxy server, if your company uses one) and try again.</translation>
    </message>
    <message>
        <source>Възникна неочаквана грешка. Опитайте отново; ако грешката се повтори, обадете се на поддръжката на ПАСОСС.</source>
        <translation>An unexpected error occurred. Please try again; if it happens again, call PASOSS support.</translation>
    </message>
    <message>
        <source>не е генериран — вижте сравнението по-долу</source>
        <translation>not generated — see the comparison below</translation>
    </message>
    <message>
        <source>Клиент</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Програма</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Дата</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Инсталационен ключ</source>
        <translation>Installation key</translation>
    </message>
    <message>
        <source>Регистрационен ключ</source>
        <translation>Registration key</translation>
    </message>
    <message>
        <source>Печат на регистрационния ключ</source>
        <translation>Print the registration key</translation>
    </message>
    <message>
        <source>Запазени данни от {0} — няма връзка с услугата.</source>
        <translation>Saved copy from {0} — no connection to the service.</translation>
    </message>
    <message>
        <source>Телефон:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Имейл:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Работно време:</source>
        <translation>Working hours:</translation>
    </message>
    <message>
        <source>Уебсайт:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Във файла PASOSS.INI няма инсталационен ключ.</source>
        <translation>The file PASOSS.INI holds no installation key.</translation>
    </message>
    <message>
        <source>Отворете програмата {0} и влезте в меню „Регистрация“ — тя ще запише инсталационния ключ. След това натиснете „Търси отново“.</source>
        <translation>Open {0} and go to the “Registration” menu — the program will write its installation key. Then press “Search again”.</translation>
    </message>
    <message>
        <source>Група {0} на инсталационния ключ във файла PASOSS.INI не е вярна.</source>
        <translation>Group {0} of the installation key in the file PASOSS.INI is wrong.</translation>
    </message>
    <message>
        <source>Инсталационният ключ във файла PASOSS.INI не е пълен или не е верен.</source>
        <translation>The installation key in the file PASOSS.INI is incomplete or wrong.</translation>
    </message>
    <message>
        <source>Ключът във файла: {0}</source>
        <translation>The key in the file: {0}</translation>
    </message>
    <message>
        <source>Отворете програмата {0} и влезте в меню „Регистрация“ — тя ще запише инсталационния ключ наново. След това натиснете „Търси отново“. Ако грешката остане, обадете се на поддръжката на ПАСОСС.</source>
        <translation>Open {0} and go to the “Registration” menu — the program will write its installation key again. Then press “Search again”. If the error remains, call PASOSS support.</translation>
    </message>
    <message>
        <source>В прозореца за вход въведете имейла и паролата и натиснете Enter.</source>
        <translation>In the login window, type your e-mail and password and press Enter.</translation>
    </message>
    <message>
        <source>Прозорецът се отваря на „На този компютър“ с бутона „Активирай“ за програмата, която няма валиден ключ. Натиснете Enter.</source>
        <translation>The window opens on “On this computer” with the “Activate” button of the program that has no valid key. Press Enter.</translation>
    </message>
    <message>
        <source>ПАСОСС издава ключа и той се проверява; програмата пита дали да го запише и назовава файла. Натиснете Enter за „Запиши“.</source>
        <translation>PASOSS issues the key and it is verified; the program asks whether to write it and names the file. Press Enter for “Write”.</translation>
    </message>
    <message>
        <source>Обновява данните от ПАСОСС</source>
        <translation>Refreshes the data from PASOSS</translation>
    </message>
    <message>
        <source>Тази помощ</source>
        <translation>This help</translation>
    </message>
    <message>
        <source>Следващото поле или бутон</source>
        <translation>The next field or button</translation>
    </message>
    <message>
        <source>С мишката: „Вход“, „Активирай“, „Запиши“ — три щраквания.</source>
        <translation>With the mouse: “Log in”, “Activate”, “Write” — three clicks.</translation>
    </message>
    <message>
        <source>Ако ПАСОСС откаже ключа, не се записва нищо: червеният ред на таблицата казва защо и какво да направите.</source>
        <translation>If PASOSS refuses the key, nothing is written: the red row of the table says why and what to do.</translation>
    </message>
    <message>
        <source>„Фирми и години“ → Главно меню → Служебни функции → Регистрация. Там се въвежда и регистрационният ключ, ако го пишете сами.</source>
        <translation>“Фирми и години” → Главно меню → Служебни функции → Регистрация. The registration key is entered there too, if you type it yourself.</translation>
    </message>
    <message>
        <source>„Активиране без интернет…“ води през трите стъпки с файл на USB памет.</source>
        <translation>“Activation without internet…” leads through the three steps with a file on a USB stick.</translation>
    </message>
    <message>
        <source>Телефоните на поддръжката: Помощ → Контакти на поддръжката.</source>
        <translation>Support&apos;s phones: Help → Support contacts.</translation>
    </message>
    <message>
        <source>Активиране на програма</source>
        <translation>Activating a program</translation>
    </message>
    <message>
        <source>С клавиатурата:</source>
        <translation>With the keyboard:</translation>
    </message>
    <message>
        <source>Клавиши</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Инсталационният ключ в програмата</source>
        <translation>The installation key in the program</translation>
    </message>
    <message>
        <source>Без интернет</source>
        <translation>Without internet</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Контакти на поддръжката</source>
        <translation>Support contacts</translation>
    </message>
    <message>
        <source>Поддръжката на ПАСОСС ще Ви помогне с активирането по телефона.</source>
        <translation>PASOSS support will help you with the activation over the phone.</translation>
    </message>
    <message>
        <source>Зареждане на контактите…</source>
        <translation>Loading the contacts…</translation>
    </message>
    <message>
        <source>Контакти</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Затвори</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Контактите не са заредени. Проверете връзката с интернет.</source>
        <translation>The contacts could not be loaded. Check the internet connection.</translation>
    </message>
</context>
<context>
    <name>ContractsSection</name>
    <message>
        <source>Година</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Тип на документа</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Вид абонамент</source>
        <translation>Subscription type</translation>
    </message>
    <message>
        <source>Месечна цена</source>
        <translation>Monthly price</translation>
    </message>
    <message>
        <source>Дата на сключване</source>
        <translation>Date concluded</translation>
    </message>
    <message>
        <source>Статус</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Договори</source>
        <translation>Contracts</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <source>Диагностика — PASOSS Activator</source>
        <translation>Diagnostics — PASOSS Activator</translation>
    </message>
    <message>
        <source>Тук е всичко, което поддръжката на ПАСОСС трябва да знае за този компютър и връзката му с услугата. В отчета няма пароли и пълни регистрационни ключове.</source>
        <translation>Everything PASOSS support needs to know about this computer and its connection to the service. The report holds no passwords and no full registration keys.</translation>
    </message>
    <message>
        <source>Проверка на компютъра и връзката…</source>
        <translation>Checking the computer and the connection…</translation>
    </message>
    <message>
        <source>Открити проблеми</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>Подробности за поддръжката</source>
        <translation>Details for support</translation>
    </message>
    <message>
        <source>Отчет</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Съобщение</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Копирай</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Копира отчета, за да го поставите в имейл.</source>
        <translation>Copies the report so that you can paste it into an e-mail.</translation>
    </message>
    <message>
        <source>Запази…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Свържи се с поддръжката</source>
        <translation>Contact support</translation>
    </message>
    <message>
        <source>Изпраща отчета на поддръжката и показва код, който да кажете по телефона.</source>
        <translation>Sends the report to support and shows a code to tell them over the phone.</translation>
    </message>
    <message>
        <source>Провери отново</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Затвори</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>… и още {0} — в „Подробности за поддръжката“.</source>
        <translation>… and {0} more — under “Details for support”.</translation>
    </message>
    <message>
        <source>Отчетът не е записан в тази папка. Изберете друга папка, например „Документи“, и опитайте отново.</source>
        <translation>The report was not saved in this folder. Choose another folder, such as “Documents”, and try again.</translation>
    </message>
    <message>
        <source>Какво не е наред:</source>
        <translation>What is wrong:</translation>
    </message>
    <message>
        <source>Не са открити проблеми.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>Отчетът е копиран.</source>
        <translation>The report has been copied.</translation>
    </message>
    <message>
        <source>Запази отчета</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Текстов файл (*.txt);;JSON файл за поддръжката (*.json)</source>
        <translation>Text file (*.txt);;JSON file for support (*.json)</translation>
    </message>
    <message>
        <source>Отчетът е записан във файла {0}.</source>
        <translation>The report has been saved to the file {0}.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Помощ — PASOSS Activator</source>
        <translation>Help — PASOSS Activator</translation>
    </message>
    <message>
        <source>Помощ</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Затвори</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Помощ</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Как се работи</source>
        <translation>&amp;How it works</translation>
    </message>
    <message>
        <source>&amp;Диагностика…</source>
        <translation>&amp;Diagnostics…</translation>
    </message>
    <message>
        <source>&amp;Свържи се с поддръжката…</source>
        <translation>&amp;Contact support…</translation>
    </message>
    <message>
        <source>&amp;Контакти на поддръжката</source>
        <translation>Support c&amp;ontacts</translation>
    </message>
    <message>
        <source>&amp;За програмата</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>За програмата</source>
        <translation>About</translation>
    </message>
    <message>
        <source>PASOSS Activator {0}

Активира програмите на ПАСОСС на този компютър: взема регистрационния ключ от услугата на ПАСОСС и го записва в програмата.

За помощ изберете „Помощ“ → „Контакти на поддръжката“.</source>
        <translation>PASOSS Activator {0}

Activates the PASOSS programs on this computer: it gets the registration key from the PASOSS service and writes it into the program.

For help choose “Help” → “Support contacts”.</translation>
    </message>
</context>
<context>
    <name>InstallationKeyField</name>
    <message>
        <source>Инсталационен ключ</source>
        <translation>Installation key</translation>
    </message>
    <message>
        <source>Група {0}</source>
        <translation>Group {0}</translation>
    </message>
    <message>
        <source>Проверка на ключа</source>
        <translation>Key check</translation>
    </message>
    <message>
        <source>Група {0} е въведена грешно.</source>
        <translation>Group {0} is mistyped.</translation>
    </message>
    <message>
        <source>Група {0} е въведена грешно. Прочетете я отново от програмата и я поправете.</source>
        <translation>Group {0} is mistyped. Read it again from the program and correct it.</translation>
    </message>
    <message>
        <source>Ключът е верен: {0}, версия {1}, модули: {2}.</source>
        <translation>The key is correct: {0}, version {1}, modules: {2}.</translation>
    </message>
    <message>
        <source>Поставете инсталационния ключ — 6 групи по 5 знака. В програмата: „Фирми и години“ → Главно меню → Служебни функции → Регистрация.</source>
        <translation>Paste the installation key — 6 groups of 5 characters. In the program: “Фирми и години” → Главно меню → Служебни функции → Регистрация.</translation>
    </message>
    <message>
        <source>Вярно въведени групи: {0} от 6.</source>
        <translation>Correct groups: {0} of 6.</translation>
    </message>
</context>
<context>
    <name>KeysSection</name>
    <message>
        <source>Програма от този компютър</source>
        <translation>Program on this computer</translation>
    </message>
    <message>
        <source>Генерирай</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>Активиране без интернет…</source>
        <translation>Activation without internet…</translation>
    </message>
    <message>
        <source>Резултат</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>&amp;Програма:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>&amp;Инсталационен ключ:</source>
        <translation>&amp;Installation key:</translation>
    </message>
    <message>
        <source>Генериране на ключове</source>
        <translation>Key generation</translation>
    </message>
    <message>
        <source>Регистрационен ключ</source>
        <translation>Registration key</translation>
    </message>
    <message>
        <source>Копирай ключа</source>
        <translation>Copy key</translation>
    </message>
    <message>
        <source>Запиши в програмата</source>
        <translation>Write into the program</translation>
    </message>
    <message>
        <source>Печат…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Запази като PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Сравнение на параметрите&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comparison of parameters&lt;/b&gt;</translation>
    </message>
    <message>
        <source>— въвеждане на ключа на ръка —</source>
        <translation>— enter the key by hand —</translation>
    </message>
    <message>
        <source>Изпращане на заявката…</source>
        <translation>Sending the request…</translation>
    </message>
    <message>
        <source>Регистрационният ключ е генериран. Натиснете „Запиши в програмата“, за да го запишете.</source>
        <translation>The registration key has been generated. Press “Write into the program” to write it.</translation>
    </message>
    <message>
        <source>Регистрационният ключ не може да бъде генериран. Причината е в червения ред на таблицата.</source>
        <translation>A registration key cannot be generated. The reason is in the red row of the table.</translation>
    </message>
    <message>
        <source>Няма регистрационен ключ</source>
        <translation>No registration key</translation>
    </message>
    <message>
        <source>Искане на ключа от ПАСОСС…</source>
        <translation>Asking PASOSS for the key…</translation>
    </message>
    <message>
        <source>ПАСОСС издаде регистрационния ключ и той е проверен. Ще бъде записан във файла
{0}

Преди това ще бъде направено резервно копие на файла. Затворете програмата {1}, ако е отворена. Да продължим ли?</source>
        <translation>PASOSS has issued the registration key and it has been verified. It will be written into the file
{0}

A backup copy of the file is made first. Close {1} if it is open. Continue?</translation>
    </message>
    <message>
        <source>Ключът не е записан. Запишете го с „Запиши в програмата“ или го копирайте.</source>
        <translation>The key has not been written. Write it with “Write into the program” or copy it.</translation>
    </message>
    <message>
        <source>Преди записа файлът беше празен, затова няма резервно копие.</source>
        <translation>The file was empty before, so there is no backup copy.</translation>
    </message>
    <message>
        <source>Ако този компютър няма интернет, използвайте „Активиране без интернет…“.</source>
        <translation>If this computer has no internet, use “Activation without internet…”.</translation>
    </message>
    <message>
        <source>Ключ за друг компютър, по телефона или за печат; програмите тук се активират с едно натискане в „На този компютър“.</source>
        <translation>A key for another computer, over the phone or to print; the programs here are activated with one click under “On this computer”.</translation>
    </message>
    <message>
        <source>Инсталационният ключ е в програмата: „Фирми и години“ → Главно меню → Служебни функции → Регистрация.</source>
        <translation>The installation key is in the program, under its own menu names: “Фирми и години” → Главно меню → Служебни функции → Регистрация.</translation>
    </message>
    <message>
        <source>Регистрационният ключ е генериран. Копирайте го и го въведете в програмата: „Фирми и години“ → Главно меню → Служебни функции → Регистрация.</source>
        <translation>The registration key has been generated. Copy it and enter it in the program: “Фирми и години” → Главно меню → Служебни функции → Регистрация.</translation>
    </message>
    <message>
        <source>Ключът е копиран.</source>
        <translation>The key has been copied.</translation>
    </message>
    <message>
        <source>Запис на ключа</source>
        <translation>Write the key</translation>
    </message>
    <message>
        <source>Запиши</source>
        <translation>Write</translation>
    </message>
    <message>
        <source>Записване на ключа…</source>
        <translation>Writing the key…</translation>
    </message>
    <message>
        <source>Ключът е записан във файла {0}.</source>
        <translation>The key has been written into {0}.</translation>
    </message>
    <message>
        <source>Резервно копие на предишния файл: {0}</source>
        <translation>Backup of the previous file: {0}</translation>
    </message>
    <message>
        <source>Ключът е записан</source>
        <translation>Key written</translation>
    </message>
    <message>
        <source>Регистрационният ключ е записан във файла
{0}

{1}

Стартирайте програмата — тя вече е активирана.</source>
        <translation>The registration key has been written into the file
{0}

{1}

Start the program — it is now activated.</translation>
    </message>
    <message>
        <source>Ключът не е записан</source>
        <translation>The key was not written</translation>
    </message>
    <message>
        <source>Можете и да копирате регистрационния ключ („Копирай ключа“; ако не се вижда, натиснете „Генерирай“) и да го въведете сами в програмата: „Фирми и години“ → Главно меню → Служебни функции → Регистрация.</source>
        <translation>You can also copy the registration key (“Copy key”; if it is not shown, press “Generate”) and enter it yourself in the program: “Фирми и години” → Главно меню → Служебни функции → Регистрация.</translation>
    </message>
    <message>
        <source>Нямате право да записвате в папката на {0}. Стартирайте PASOSS Activator с десен бутон → „Изпълни като администратор“ и опитайте отново.</source>
        <translation>You are not allowed to write into the folder of {0}. Start PASOSS Activator with right click → “Run as administrator” and try again.</translation>
    </message>
    <message>
        <source>Файлът на {0} е зает от друга програма — вероятно тя е отворена. Затворете я и опитайте отново.</source>
        <translation>The file of {0} is in use by another program — probably it is open. Close it and try again.</translation>
    </message>
    <message>
        <source>Запази като PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF файлове (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Записано във файла {0}.</source>
        <translation>Saved to {0}.</translation>
    </message>
</context>
<context>
    <name>LicenceDetails</name>
    <message>
        <source>Подробности за избрания ред</source>
        <translation>Details of the selected row</translation>
    </message>
    <message>
        <source>Инсталационен ключ</source>
        <translation>Installation key</translation>
    </message>
    <message>
        <source>Регистрационен ключ</source>
        <translation>Registration key</translation>
    </message>
    <message>
        <source>Копирай</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Копирай инсталационния ключ</source>
        <translation>Copy the installation key</translation>
    </message>
    <message>
        <source>Инсталационният ключ е копиран.</source>
        <translation>The installation key has been copied.</translation>
    </message>
    <message>
        <source>Копирай регистрационния ключ</source>
        <translation>Copy the registration key</translation>
    </message>
    <message>
        <source>Регистрационният ключ е копиран.</source>
        <translation>The registration key has been copied.</translation>
    </message>
    <message>
        <source>Инсталационен ключ:</source>
        <translation>Installation key:</translation>
    </message>
    <message>
        <source>Регистрационен ключ:</source>
        <translation>Registration key:</translation>
    </message>
    <message>
        <source>няма регистриран компютър</source>
        <translation>no computer registered</translation>
    </message>
    <message>
        <source>работни места: {0}</source>
        <translation>workplaces: {0}</translation>
    </message>
    <message>
        <source>няма</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>LicencesSection</name>
    <message>
        <source>Програма</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Компютър</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Дата на ключа</source>
        <translation>Key date</translation>
    </message>
    <message>
        <source>Вид инсталация</source>
        <translation>Installation type</translation>
    </message>
    <message>
        <source>Работни места</source>
        <translation>Workplaces</translation>
    </message>
    <message>
        <source>този компютър</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>друг компютър</source>
        <translation>another computer</translation>
    </message>
    <message>
        <source>Вид обслужване</source>
        <translation>Service type</translation>
    </message>
    <message>
        <source>Инсталационен ключ</source>
        <translation>Installation key</translation>
    </message>
    <message>
        <source>Регистрационен ключ</source>
        <translation>Registration key</translation>
    </message>
    <message>
        <source>Версия</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Програми и информация</source>
        <translation>Programs and information</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Вход — PASOSS Activator</source>
        <translation>Log in — PASOSS Activator</translation>
    </message>
    <message>
        <source>Влезте с имейла и паролата от Контролния панел на ПАСОСС.</source>
        <translation>Log in with the e-mail and password of the PASOSS Control Panel.</translation>
    </message>
    <message>
        <source>Имейл</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Парола</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Покажи паролата</source>
        <translation>Show password</translation>
    </message>
    <message>
        <source>Запомни ме</source>
        <translation>Remember me</translation>
    </message>
    <message>
        <source>Следващия път програмата ще влезе в профила Ви сама, без да пита за паролата.</source>
        <translation>Next time the program will log in to your profile by itself, without asking for the password.</translation>
    </message>
    <message>
        <source>На този компютър няма защитено хранилище за данни за вход, затова програмата не може да Ви запомни: входът важи, докато е отворена.</source>
        <translation>This computer has no secure storage for login data, so the program cannot remember you: the login lasts while it is open.</translation>
    </message>
    <message>
        <source>&amp;Имейл:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Парола:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Разширени</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>Адрес на услугата</source>
        <translation>Service address</translation>
    </message>
    <message>
        <source>Адрес на &amp;услугата:</source>
        <translation>&amp;Service address:</translation>
    </message>
    <message>
        <source>Забравена парола?</source>
        <translation>Forgot your password?</translation>
    </message>
    <message>
        <source>Съобщение</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Изчакване</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Отвори запазените данни</source>
        <translation>Open the saved data</translation>
    </message>
    <message>
        <source>Влизане</source>
        <translation>Logging in</translation>
    </message>
    <message>
        <source>Вход</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Отказ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>На този компютър няма защитено хранилище за данни за вход, затова входът важи само докато програмата е отворена.</source>
        <translation>This computer has no secure store for login data, so the login lasts only while the program is open.</translation>
    </message>
    <message>
        <source>Скрий паролата</source>
        <translation>Hide password</translation>
    </message>
    <message>
        <source>Влизане…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Въведете имейла и паролата си.</source>
        <translation>Enter your e-mail and password.</translation>
    </message>
    <message>
        <source>Имейлът или паролата не са верни. Проверете ги (и дали не е включен Caps Lock) и опитайте отново.</source>
        <translation>The e-mail or password is not correct. Check them (and whether Caps Lock is on) and try again.</translation>
    </message>
    <message>
        <source>Няма връзка с услугата на ПАСОСС. Проверете връзката с интернет и опитайте отново.</source>
        <translation>The PASOSS service cannot be reached. Check the internet connection and try again.</translation>
    </message>
    <message>
        <source>Можете да опитате отново.</source>
        <translation>You can try again.</translation>
    </message>
    <message>
        <source>Твърде много неуспешни опита за вход. Опитайте отново след {0}. Ако сте забравили паролата, натиснете „Забравена парола?“.</source>
        <translation>Too many failed login attempts. Try again in {0}. If you have forgotten the password, press “Forgot your password?”.</translation>
    </message>
    <message>
        <source>Отвори запазените данни без връзка (от {0})</source>
        <translation>Open the saved data offline (from {0})</translation>
    </message>
    <message>
        <source>Проверка на запазения вход…</source>
        <translation>Checking the saved login…</translation>
    </message>
    <message>
        <source>Въведете имейла си и натиснете отново „Забравена парола?“.</source>
        <translation>Enter your e-mail and press “Forgot your password?” again.</translation>
    </message>
    <message>
        <source>Ако има профил с имейл {0}, на него е изпратена връзка за нова парола. Проверете пощата си (и папката за нежелана поща).</source>
        <translation>If there is an account with the e-mail {0}, a link to set a new password has been sent to it. Check your mail (and the spam folder).</translation>
    </message>
    <message>
        <source>Няма връзка с услугата на ПАСОСС. Опитайте отново, когато има интернет.</source>
        <translation>The PASOSS service cannot be reached. Try again when there is internet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PASOSS Activator</source>
        <translation>PASOSS Activator</translation>
    </message>
    <message>
        <source>Новини</source>
        <translation>News</translation>
    </message>
    <message>
        <source>Профил</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Програми и информация</source>
        <translation>Programs and information</translation>
    </message>
    <message>
        <source>Генериране на ключове</source>
        <translation>Key generation</translation>
    </message>
    <message>
        <source>Договори</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>На този компютър</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <source>Раздели</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Съобщение за връзката</source>
        <translation>Connection notice</translation>
    </message>
    <message>
        <source>Действия</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Обнови</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Обновява данните от ПАСОСС (F5)</source>
        <translation>Refreshes the data from PASOSS (F5)</translation>
    </message>
    <message>
        <source>Активиране без интернет…</source>
        <translation>Activation without internet…</translation>
    </message>
    <message>
        <source>Изход от профила</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>&amp;Раздели</source>
        <translation>&amp;Sections</translation>
    </message>
    <message>
        <source>Синхронизиране…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <source>Няма програма в папката</source>
        <translation>No program in the folder</translation>
    </message>
    <message>
        <source>В папката {0} не е намерена програма на ПАСОСС. Изберете папката, в която е инсталирана програмата: в нея е файлът PASOSS.INI.</source>
        <translation>No PASOSS program was found in the folder {0}. Choose the folder the program is installed in: the one with the file PASOSS.INI.</translation>
    </message>
    <message>
        <source>Влезли сте като {0} ({1})</source>
        <translation>Logged in as {0} ({1})</translation>
    </message>
    <message>
        <source>● Свързан</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>● Без връзка</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <source>Последна синхронизация: {0}</source>
        <translation>Last synchronisation: {0}</translation>
    </message>
    <message>
        <source>Последна синхронизация: няма</source>
        <translation>Last synchronisation: never</translation>
    </message>
    <message>
        <source>Сесията Ви в ПАСОСС изтече. Изберете „Изход от профила“ и влезте отново с имейла и паролата си.</source>
        <translation>Your PASOSS session has expired. Choose “Log out” and log in again with your e-mail and password.</translation>
    </message>
    <message>
        <source>Няма връзка — данните са от {0}. Програмата ще опита отново сама; F5 опитва веднага.</source>
        <translation>No connection — the data are from {0}. The program will try again by itself; F5 tries at once.</translation>
    </message>
    <message>
        <source>Паролата е сменена</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Паролата е сменена. На другите компютри влезте с новата парола.</source>
        <translation>The password has been changed. On your other computers, log in with the new password.</translation>
    </message>
</context>
<context>
    <name>NewsSection</name>
    <message>
        <source>Списък с новини</source>
        <translation>News list</translation>
    </message>
    <message>
        <source>Новина</source>
        <translation>News item</translation>
    </message>
    <message>
        <source>Новини</source>
        <translation>News</translation>
    </message>
</context>
<context>
    <name>OfflineActivationDialog</name>
    <message>
        <source>Активиране без интернет</source>
        <translation>Activation without internet</translation>
    </message>
    <message>
        <source>Програма</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Стъпка 1 — на компютъра без интернет</source>
        <translation>Step 1 — on the computer without internet</translation>
    </message>
    <message>
        <source>Изберете програмата и запишете файл със заявка, например на USB памет.</source>
        <translation>Choose the program and save a request file, for example on a USB stick.</translation>
    </message>
    <message>
        <source>Запиши заявка…</source>
        <translation>Save request…</translation>
    </message>
    <message>
        <source>Стъпка 2 — на компютър с интернет</source>
        <translation>Step 2 — on a computer with internet</translation>
    </message>
    <message>
        <source>Стъпка 3 — отново на компютъра без интернет</source>
        <translation>Step 3 — back on the computer without internet</translation>
    </message>
    <message>
        <source>Изберете файла с отговора. Ключът се проверява и записва в програмата.</source>
        <translation>Choose the response file. The key is verified and written into the program.</translation>
    </message>
    <message>
        <source>Зареди отговор…</source>
        <translation>Load response…</translation>
    </message>
    <message>
        <source>Резултат</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Затвори</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Програма (за стъпки 1 и 3):</source>
        <translation>&amp;Program (for steps 1 and 3):</translation>
    </message>
    <message>
        <source>Няма открита програма, за която да се направи заявка.</source>
        <translation>No program was found to make a request for.</translation>
    </message>
    <message>
        <source>Файл със заявка</source>
        <translation>Request file</translation>
    </message>
    <message>
        <source>Заявки (*.json)</source>
        <translation>Requests (*.json)</translation>
    </message>
    <message>
        <source>Заявката е записана във файла {0}. Занесете я на компютър с интернет.</source>
        <translation>The request has been saved to {0}. Take it to a computer with internet.</translation>
    </message>
    <message>
        <source>Отговорът е записан във файла {0}. Занесете го обратно на компютъра без интернет.</source>
        <translation>The response has been saved to {0}. Take it back to the computer without internet.</translation>
    </message>
    <message>
        <source>Файл с отговор</source>
        <translation>Response file</translation>
    </message>
    <message>
        <source>Стартирайте PASOSS Activator, влезте със същия профил, изберете файла със заявката и запишете отговора.</source>
        <translation>Start PASOSS Activator, log in with the same profile, choose the request file and save the response.</translation>
    </message>
    <message>
        <source>Създай отговор…</source>
        <translation>Create response…</translation>
    </message>
    <message>
        <source>Отговори (*.json)</source>
        <translation>Responses (*.json)</translation>
    </message>
    <message>
        <source>Няма открита програма, в която да се запише ключът.</source>
        <translation>No program was found to write the key into.</translation>
    </message>
    <message>
        <source>Ключът е записан във файла {0}. Резервно копие: {1}</source>
        <translation>The key has been written into {0}. Backup: {1}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Смяна на паролата</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Сегашна парола</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>Нова парола</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Новата парола отново</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>Новата парола трябва да е поне {0} знака и да е различна от имейла Ви. След смяната програмите на другите Ви компютри ще поискат новата парола.</source>
        <translation>The new password must be at least {0} characters long and differ from your e-mail. After the change, your other computers will ask for the new password.</translation>
    </message>
    <message>
        <source>Съобщение</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Сегашна парола:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;Нова парола:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>Нова парола &amp;отново:</source>
        <translation>New password &amp;again:</translation>
    </message>
    <message>
        <source>Смени паролата</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Отказ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Въведете сегашната си парола.</source>
        <translation>Enter your current password.</translation>
    </message>
    <message>
        <source>Новата парола трябва да е поне {0} знака.</source>
        <translation>The new password must be at least {0} characters long.</translation>
    </message>
    <message>
        <source>Новата парола не може да съвпада с имейла Ви.</source>
        <translation>The new password cannot be the same as your e-mail.</translation>
    </message>
    <message>
        <source>Повторената нова парола не съвпада с новата. Въведете я отново.</source>
        <translation>The repeated new password does not match the new one. Enter it again.</translation>
    </message>
    <message>
        <source>Сегашната парола не е вярна. Въведете я отново.</source>
        <translation>The current password is not correct. Enter it again.</translation>
    </message>
</context>
<context>
    <name>ProfileSection</name>
    <message>
        <source>Фирма</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>ЕИК</source>
        <translation>UIC (ЕИК)</translation>
    </message>
    <message>
        <source>Имейл</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>МОЛ</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Телефон</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Клиентски номер</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>Смяна на паролата…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>Профил</source>
        <translation>Profile</translation>
    </message>
</context>
<context>
    <name>SupportCodeDialog</name>
    <message>
        <source>Свържи се с поддръжката</source>
        <translation>Contact support</translation>
    </message>
    <message>
        <source>Отчетът от диагностиката ще бъде изпратен на поддръжката на ПАСОСС и ще получите код. В отчета няма пароли и пълни регистрационни ключове.</source>
        <translation>The diagnostics report will be sent to PASOSS support and you will get a code. The report holds no passwords and no full registration keys.</translation>
    </message>
    <message>
        <source>Изпращане на отчета до поддръжката…</source>
        <translation>Sending the report to support…</translation>
    </message>
    <message>
        <source>Код за поддръжката</source>
        <translation>Support code</translation>
    </message>
    <message>
        <source>Какво да направите</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Съобщение</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Телефони на поддръжката</source>
        <translation>Support phones</translation>
    </message>
    <message>
        <source>Нов код</source>
        <translation>New code</translation>
    </message>
    <message>
        <source>Вход…</source>
        <translation>Log in…</translation>
    </message>
    <message>
        <source>Затвори</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Опитай отново</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Отчетът от диагностиката е изпратен на поддръжката на ПАСОСС. В него няма пароли и пълни регистрационни ключове.</source>
        <translation>The diagnostics report has been sent to PASOSS support. It holds no passwords and no full registration keys.</translation>
    </message>
    <message>
        <source>Кодът изтече — създайте нов.</source>
        <translation>The code has expired — create a new one.</translation>
    </message>
    <message>
        <source>Кажете този код на служителя от поддръжката.</source>
        <translation>Tell this code to the support person.</translation>
    </message>
    <message>
        <source>Кодът важи още 1 минута.</source>
        <translation>The code is valid for 1 more minute.</translation>
    </message>
    <message>
        <source>Кодът важи още {0} минути.</source>
        <translation>The code is valid for {0} more minutes.</translation>
    </message>
    <message>
        <source>За да получите код, трябва да сте влезли в профила си в ПАСОСС. Натиснете „Вход…“ и влезте с имейла и паролата си.</source>
        <translation>To get a code you must be logged in to your PASOSS account. Press “Log in…” and log in with your e-mail and password.</translation>
    </message>
    <message>
        <source>Няма връзка с услугата на ПАСОСС, затова не можем да създадем код. Проверете връзката с интернет и натиснете „Опитай отново“. Ако връзката не се възстанови, обадете се на поддръжката на ПАСОСС.</source>
        <translation>There is no connection to the PASOSS service, so no code can be created. Check the internet connection and press “Try again”. If the connection does not come back, call PASOSS support.</translation>
    </message>
    <message>
        <source>Телефон на поддръжката:</source>
        <translation>Support phone:</translation>
    </message>
    <message>
        <source>Работно време: {0}</source>
        <translation>Working hours: {0}</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>Търсене в таблицата…</source>
        <translation>Search the table…</translation>
    </message>
    <message>
        <source>Търсене</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Копирай</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Копира избраните редове (Ctrl+C)</source>
        <translation>Copies the selected rows (Ctrl+C)</translation>
    </message>
    <message>
        <source>Експорт в CSV…</source>
        <translation>Export to CSV…</translation>
    </message>
    <message>
        <source>Експорт в CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <source>CSV файлове (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>ThisPcSection</name>
    <message>
        <source>(версията във файла е {0}, а в ключа {1})</source>
        <translation>(the file says version {0}, the key {1})</translation>
    </message>
    <message>
        <source>Програма</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Версия</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Състояние</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Инсталационен ключ</source>
        <translation>Installation key</translation>
    </message>
    <message>
        <source>Няма ключ</source>
        <translation>No key</translation>
    </message>
    <message>
        <source>Активирана</source>
        <translation>Activated</translation>
    </message>
    <message>
        <source>Ключът е повреден или подправен</source>
        <translation>The key is damaged or tampered with</translation>
    </message>
    <message>
        <source>Ключът не е издаден от ПАСОСС</source>
        <translation>The key was not issued by PASOSS</translation>
    </message>
    <message>
        <source>Ключът е за друга инсталация</source>
        <translation>The key is for another installation</translation>
    </message>
    <message>
        <source>Версията не е покрита от ключа</source>
        <translation>The version is not covered by the key</translation>
    </message>
    <message>
        <source>Ключът е изтекъл</source>
        <translation>The key has expired</translation>
    </message>
    <message>
        <source>Инсталационният ключ е повреден</source>
        <translation>The installation key is damaged</translation>
    </message>
    <message>
        <source>Програмата е на нов диск или на друг компютър: регистрирана е на друг компютър, не на този.</source>
        <translation>The program is on a new disk or another computer: it is registered on another computer, not this one.</translation>
    </message>
    <message>
        <source>Програми на този компютър</source>
        <translation>Programs on this computer</translation>
    </message>
    <message>
        <source>На този компютър не са открити програми на ПАСОСС. Ако програмата е инсталирана в друга папка, натиснете „Добави папка…“ и изберете папката, в която е файлът PASOSS.INI.</source>
        <translation>No PASOSS programs were found on this computer. If the program is installed in another folder, press “Add folder…” and choose the folder that holds PASOSS.INI.</translation>
    </message>
    <message>
        <source>Активирай</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Взема регистрационния ключ от ПАСОСС и го записва в избраната програма.</source>
        <translation>Gets the registration key from PASOSS and writes it into the selected program.</translation>
    </message>
    <message>
        <source>Следваща стъпка</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Търси отново</source>
        <translation>Search again</translation>
    </message>
    <message>
        <source>Добави папка…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <source>Копирай</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Копира избраните редове (Ctrl+C)</source>
        <translation>Copies the selected rows (Ctrl+C)</translation>
    </message>
    <message>
        <source>Експорт в CSV…</source>
        <translation>Export to CSV…</translation>
    </message>
    <message>
        <source>Подробности за избраната програма</source>
        <translation>Details of the selected program</translation>
    </message>
    <message>
        <source>Тук програмите на този компютър се активират с едно натискане. За ключ за друг компютър или продиктуван по телефона: „Генериране на ключове“.</source>
        <translation>Here the programs on this computer are activated with one click. For a key for another computer, or one read out over the phone: “Key generation”.</translation>
    </message>
    <message>
        <source>На този компютър</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <source>Активирай {0}</source>
        <translation>Activate {0}</translation>
    </message>
    <message>
        <source>Всички програми на този компютър са активирани.</source>
        <translation>All programs on this computer are activated.</translation>
    </message>
    <message>
        <source>Тази програма е активирана. Изберете програма без ключ.</source>
        <translation>This program is activated. Select a program without a key.</translation>
    </message>
    <message>
        <source>Ключът се записва след проверка; старият файл се пази като резервно копие.</source>
        <translation>The key is written after it is checked; the old file is kept as a backup.</translation>
    </message>
    <message>
        <source>Инсталационен ключ за четене по телефона:</source>
        <translation>Installation key to read over the phone:</translation>
    </message>
    <message>
        <source>Какво се промени, откакто програмата е регистрирана:</source>
        <translation>What changed since the program was registered:</translation>
    </message>
    <message>
        <source>Папка: {0}</source>
        <translation>Folder: {0}</translation>
    </message>
    <message>
        <source>Експорт в CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <source>CSV файлове (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Папка на програма на ПАСОСС</source>
        <translation>Folder of a PASOSS program</translation>
    </message>
</context>
</TS>
