<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>компютърът от ключа</source>
        <translation>the computer in the key</translation>
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
    <name>ClientSessionTab</name>
    <message>
        <source>(без име на фирма)</source>
        <translation>(no company name)</translation>
    </message>
    <message>
        <source>Клиентски номер {0} · {1} · код {2}</source>
        <translation>Customer number {0} · {1} · code {2}</translation>
    </message>
    <message>
        <source>Какво не е наред</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <source>Отчетът не показва проблеми.</source>
        <translation>The report shows no problems.</translation>
    </message>
    <message>
        <source>Какво да кажете на клиента:</source>
        <translation>What to tell the client:</translation>
    </message>
    <message>
        <source>В отчета няма програми ПАСОСС.</source>
        <translation>The report lists no PASOSS programs.</translation>
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
        <source>Ключ за друг компютър, по телефона или за печат; програмите тук се активират с едно натискане в „На този компютър“.</source>
        <translation>A key for another computer, over the phone or to print; the programs here are activated with one click under “On this computer”.</translation>
    </message>
    <message>
        <source>Инсталационният ключ е в програмата: „Фирми и години“ → Главно меню → Служебни функции → Регистрация.</source>
        <translation>The installation key is in the program, under its own menu names: “Фирми и години” → Главно меню → Служебни функции → Регистрация.</translation>
    </message>
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
        <source>Преди записа файлът беше празен, затова няма резервно копие.</source>
        <translation>The file was empty before, so there is no backup copy.</translation>
    </message>
    <message>
        <source>Ако този компютър няма интернет, използвайте „Активиране без интернет…“.</source>
        <translation>If this computer has no internet, use “Activation without internet…”.</translation>
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
        <source>Ключът не е записан. Запишете го с „Запиши в програмата“ или го копирайте.</source>
        <translation>The key has not been written. Write it with “Write into the program” or copy it.</translation>
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
    <message>
        <source>Диагностика…</source>
        <translation>Diagnostics…</translation>
    </message>
    <message>
        <source>Проверява компютъра и връзката с услугата и показва отчет за поддръжката.</source>
        <translation>Checks this computer and the connection to the service and shows a report for support.</translation>
    </message>
    <message>
        <source>Контакти на поддръжката</source>
        <translation>Support contacts</translation>
    </message>
    <message>
        <source>Нужна е помощ?</source>
        <translation>Need help?</translation>
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
        <source>Поддръжка</source>
        <translation>Support</translation>
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
    <name>OfferPanel</name>
    <message>
        <source>Служителят преглежда отчета…</source>
        <translation>The support agent is reviewing the report…</translation>
    </message>
    <message>
        <source>Какво прави поддръжката</source>
        <translation>What support is doing</translation>
    </message>
    <message>
        <source>Ключ от поддръжката</source>
        <translation>Key from support</translation>
    </message>
    <message>
        <source>Регистрационен ключ</source>
        <translation>Registration key</translation>
    </message>
    <message>
        <source>Запиши в програмата</source>
        <translation>Write into the program</translation>
    </message>
    <message>
        <source>Откажи</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>Връзката с услугата на ПАСОСС прекъсна. Опитваме отново…</source>
        <translation>The connection to the PASOSS service was lost. Trying again…</translation>
    </message>
    <message>
        <source>Входът Ви в ПАСОСС изтече, затова не можем да получим ключа от поддръжката. Затворете този прозорец, влезте отново и създайте нов код.</source>
        <translation>Your PASOSS login has expired, so the key from support cannot be received. Close this window, log in again and create a new code.</translation>
    </message>
    <message>
        <source>програма ПАСОСС</source>
        <translation>a PASOSS program</translation>
    </message>
    <message>
        <source>Поддръжката изпрати ключ за {0}, но той не може да бъде записан: {1} Кажете това на служителя. Чакаме друг ключ…</source>
        <translation>Support sent a key for {0}, but it cannot be written: {1} Tell the support agent. Waiting for another key…</translation>
    </message>
    <message>
        <source>Поддръжката изпрати регистрационен ключ за {0}.</source>
        <translation>Support sent a registration key for {0}.</translation>
    </message>
    <message>
        <source>Ключът важи без крайна дата.</source>
        <translation>The key has no end date.</translation>
    </message>
    <message>
        <source>Ключът важи до {0}.</source>
        <translation>The key is valid until {0}.</translation>
    </message>
    <message>
        <source>Ключът е проверен: издаден е от ПАСОСС за инсталационния ключ на тази програма на този компютър.</source>
        <translation>The key has been verified: it was issued by PASOSS for the installation key of this program on this computer.</translation>
    </message>
    <message>
        <source>Програма: {0}, версия {1}, папка {2}</source>
        <translation>Program: {0}, version {1}, folder {2}</translation>
    </message>
    <message>
        <source>Нищо не е записано, докато не натиснете „Запиши в програмата“.</source>
        <translation>Nothing is written until you press “Write into the program”.</translation>
    </message>
    <message>
        <source>Ключът е записан в {0} ({1}). Ако програмата е отворена, затворете я и я отворете отново. Ако служителят изпрати ключ и за друга програма, той ще се покаже тук.</source>
        <translation>The key has been written to {0} ({1}). If the program is open, close it and open it again. If the support agent sends a key for another program too, it will appear here.</translation>
    </message>
    <message>
        <source>Ключът не е записан. Ако служителят изпрати друг ключ, той ще се покаже тук.</source>
        <translation>The key was not written. If the support agent sends another key, it will appear here.</translation>
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
    <name>ProgramPanel</name>
    <message>
        <source>Програма</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Версия {0} · Състояние: {1}</source>
        <translation>Version {0} · Status: {1}</translation>
    </message>
    <message>
        <source>Проблем: {0}</source>
        <translation>Problem: {0}</translation>
    </message>
    <message>
        <source>Какво се промени: {0}</source>
        <translation>What changed: {0}</translation>
    </message>
    <message>
        <source>Инсталационен ключ</source>
        <translation>Installation key</translation>
    </message>
    <message>
        <source>Инсталационен ключ:</source>
        <translation>Installation key:</translation>
    </message>
    <message>
        <source>Какво да кажете на клиента</source>
        <translation>What to tell the client</translation>
    </message>
    <message>
        <source>Изпрати ключ</source>
        <translation>Send key</translation>
    </message>
    <message>
        <source>Издава ключ за този инсталационен ключ от името на клиента и го изпраща в сесията му; клиентът го записва с „Запиши в програмата“.</source>
        <translation>Issues a key for this installation key on the client&apos;s behalf and sends it into their session; the client writes it with “Write into the program”.</translation>
    </message>
    <message>
        <source>Издаден регистрационен ключ</source>
        <translation>Registration key issued</translation>
    </message>
    <message>
        <source>Сравнение по отчета на клиента (ключ още не е издаден):</source>
        <translation>Comparison from the client&apos;s report (no key issued yet):</translation>
    </message>
    <message>
        <source>Ключ за тази програма вече е изпратен в сесията: {0}. Клиентът го вижда в прозореца на поддръжката; не е нужно да го изпращате отново.</source>
        <translation>A key for this program has already been sent into the session: {0}. The client sees it in the support window; there is no need to send it again.</translation>
    </message>
    <message>
        <source>Издавам ключа…</source>
        <translation>Issuing the key…</translation>
    </message>
    <message>
        <source>Отговор на услугата: ключът е издаден.</source>
        <translation>The service&apos;s answer: the key was issued.</translation>
    </message>
    <message>
        <source>Ключът е издаден и изпратен на клиента. Кажете му да натисне „Запиши в програмата“ в прозореца на поддръжката. Ако не го вижда, продиктувайте ключа:</source>
        <translation>The key was issued and sent to the client. Tell them to press “Write into the program” in the support window. If they do not see it, read the key out:</translation>
    </message>
    <message>
        <source>Отговор на услугата: ключ не е издаден (нищо не е записано и място не е заето).</source>
        <translation>The service&apos;s answer: no key was issued (nothing was stored and no seat was taken).</translation>
    </message>
    <message>
        <source>Кажете на клиента:</source>
        <translation>Tell the client:</translation>
    </message>
    <message>
        <source>Кодът вече не е валиден (важи 30 минути). Помолете клиента да създаде нов код от „Помощ → Свържи се с поддръжката“ и го отворете отново.</source>
        <translation>The code is no longer valid (it lasts 30 minutes). Ask the client to create a new code with “Help → Contact support” and open it again.</translation>
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
        <source>Сесията за поддръжка приключи: кодът вече не е валиден. Ако поддръжката още не Ви е изпратила ключ, натиснете „Нов код“ и кажете новия код на служителя.</source>
        <translation>The support session has ended: the code is no longer valid. If support has not sent you a key yet, press “New code” and tell the support agent the new code.</translation>
    </message>
    <message>
        <source>Поддръжката на ПАСОСС ще Ви помогне по телефона.</source>
        <translation>PASOSS support will help you over the phone.</translation>
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
        <source>Няма връзка с услугата на ПАСОСС, а кодът за поддръжка се създава там.</source>
        <translation>There is no connection to the PASOSS service, and the support code is created there.</translation>
    </message>
    <message>
        <source>Кодът за поддръжка се създава в услугата на ПАСОСС след вход в профила.</source>
        <translation>The support code is created by the PASOSS service after you log in to your account.</translation>
    </message>
    <message>
        <source>Обадете се на поддръжката на телефона по-долу: служителят ще Ви помогне и без код. Отчетът от диагностиката може да прочетете по телефона или да запазите с „Запази…“ и да изпратите по имейл. Когато има връзка, влезте в профила си и изберете „Помощ“ → „Свържи се с поддръжката“, за да получите код.</source>
        <translation>Call support on the phone number below: the support agent will help you without a code too. You can read the diagnostics report over the phone, or save it with “Save…” and send it by e-mail. When there is a connection, log in to your account and choose “Help” → “Contact support” to get a code.</translation>
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
    <name>SupportConsole</name>
    <message>
        <source>Код за поддръжка</source>
        <translation>Support code</translation>
    </message>
    <message>
        <source>Отвори отчета</source>
        <translation>Open the report</translation>
    </message>
    <message>
        <source>Код, който клиентът Ви казва:</source>
        <translation>Code the client reads to you:</translation>
    </message>
    <message>
        <source>Отворени клиенти</source>
        <translation>Open clients</translation>
    </message>
    <message>
        <source>Клиентът създава код от „Помощ → Свържи се с поддръжката“ в своя активатор. Въведете шестте цифри и натиснете „Отвори отчета“: ще видите фирмата, какво не е наред и програмите ѝ, и ще можете да ѝ изпратите ключ. Всеки клиент се отваря в свой раздел.</source>
        <translation>The client creates a code with “Help → Contact support” in their activator. Type the six digits and press “Open the report”: you will see the company, what is wrong and its programs, and you can send it a key. Each client opens in a tab of its own.</translation>
    </message>
    <message>
        <source>Поддръжка</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Този профил не е на служител на ПАСОСС и не може да отваря отчети на клиенти. Излезте и влезте с профила си на служител.</source>
        <translation>This account is not a PASOSS staff account and cannot open clients&apos; reports. Log out and log in with your staff account.</translation>
    </message>
    <message>
        <source>Няма отчет с код {0}: кодът е сгрешен или е изтекъл (важи 30 минути). Помолете клиента да го прочете отново или да създаде нов от „Помощ → Свържи се с поддръжката“.</source>
        <translation>There is no report with code {0}: the code is mistyped or has expired (it lasts 30 minutes). Ask the client to read it again or to create a new one with “Help → Contact support”.</translation>
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
        <source>Търсене на програмите на ПАСОСС на този компютър…</source>
        <translation>Looking for PASOSS programs on this computer…</translation>
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
<context>
    <name>advice</name>
    <message>
        <source>За новото издание е нужен абонамент или платено право да го ползвате: обадете се на ПАСОСС на {phone}.</source>
        <translation>The new release needs a subscription or the paid right to use it: call PASOSS on {phone}.</translation>
    </message>
    <message>
        <source>В профила Ви няма лиценз за {requested}. За да я поръчате, обадете се на ПАСОСС на {phone}.</source>
        <translation>Your account has no licence for {requested}. To order it, call PASOSS on {phone}.</translation>
    </message>
    <message>
        <source>Инсталационният ключ е на друг клиент (клиентски номер {requested}, а Вашият е {entitled}). Влезте с профила на фирмата, на която е програмата.</source>
        <translation>The installation key belongs to another customer (customer number {requested}, yours is {entitled}). Log in with the account of the company the program belongs to.</translation>
    </message>
    <message>
        <source>Версия {requested} е от по-ново издание от последното платено ({entitled}). За новото издание е нужен абонамент или платено право да го ползвате: обадете се на ПАСОСС на {phone}.</source>
        <translation>Version {requested} is of a newer release than the last paid one ({entitled}). The new release needs a subscription or the paid right to use it: call PASOSS on {phone}.</translation>
    </message>
    <message>
        <source>В програмата са включени модули, които не са в лиценза: {extra}. Поръчайте ги от ПАСОСС или ги изключете в програмата и поискайте ключа отново.</source>
        <translation>Modules are switched on in the program that are not in the licence: {extra}. Order them from PASOSS or switch them off in the program and ask for the key again.</translation>
    </message>
    <message>
        <source>Модулът {extra} е включен в програмата, но не е в лиценза. Поръчайте го от ПАСОСС или го изключете в програмата и поискайте ключа отново.</source>
        <translation>The module {extra} is switched on in the program but is not in the licence. Order it from PASOSS or switch it off in the program and ask for the key again.</translation>
    </message>
    <message>
        <source>Видът на инсталацията ({requested}) не отговаря на лиценза ({entitled}). Променете го в програмата или поискайте от ПАСОСС друг вид лиценз.</source>
        <translation>The installation type ({requested}) does not match the licence ({entitled}). Change it in the program or ask PASOSS for another kind of licence.</translation>
    </message>
    <message>
        <source>Програмата е настроена за {requested} работни места, а лицензът позволява до {entitled}. Намалете ги в програмата или поръчайте още работни места от ПАСОСС.</source>
        <translation>The program is set up for {requested} workplaces, and the licence allows {entitled}. Reduce them in the program or order more workplaces from PASOSS.</translation>
    </message>
    <message>
        <source>Всички места по лиценза са заети от други компютри ({entitled}). Освободете място (ПАСОСС премахва компютър, който вече не ползвате) или поръчайте още работни места.</source>
        <translation>All seats of the licence are taken by other computers ({entitled}). Free a seat (PASOSS removes a computer you no longer use) or order more workplaces.</translation>
    </message>
    <message>
        <source>Абонаментът не покрива ключа: {entitled}. Подновете или платете договора (вижте „Договори“) и поискайте ключа отново.</source>
        <translation>The subscription does not cover the key: {entitled}. Renew or pay the contract (see “Contracts”) and ask for the key again.</translation>
    </message>
    <message>
        <source>Обадете се на поддръжката на ПАСОСС на {phone}.</source>
        <translation>Call PASOSS support on {phone}.</translation>
    </message>
</context>
<context>
    <name>cli</name>
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
        <source>лв.</source>
        <translation>BGN</translation>
    </message>
    <message>
        <source>неизвестно кога</source>
        <translation>unknown when</translation>
    </message>
    <message>
        <source>току-що</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>преди {0} мин.</source>
        <translation>{0} min ago</translation>
    </message>
    <message>
        <source>преди {0} ч.</source>
        <translation>{0} h ago</translation>
    </message>
    <message>
        <source>преди {0} дни</source>
        <translation>{0} days ago</translation>
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
        <source>Полага се</source>
        <translation>Entitled</translation>
    </message>
    <message>
        <source>Съвпада</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>данни на фирмата и профила</source>
        <translation>company and account details</translation>
    </message>
    <message>
        <source>лицензирани програми и регистрираните им инсталации</source>
        <translation>licensed programs and their registered installations</translation>
    </message>
    <message>
        <source>договори и абонаменти</source>
        <translation>contracts and subscriptions</translation>
    </message>
    <message>
        <source>новини от ПАСОСС</source>
        <translation>news from PASOSS</translation>
    </message>
    <message>
        <source>Няма връзка с услугата на ПАСОСС: показани са данните, запазени на {0} ({1}).</source>
        <translation>No connection to the PASOSS service: showing the data saved on {0} ({1}).</translation>
    </message>
    <message>
        <source>Фирма</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>ЕИК</source>
        <translation>UIC</translation>
    </message>
    <message>
        <source>Имейл</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>МОЛ</source>
        <translation>Manager</translation>
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
        <source>без край</source>
        <translation>no end</translation>
    </message>
    <message>
        <source>Програма</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Инсталация</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Места</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Обслужване</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>До версия</source>
        <translation>Up to version</translation>
    </message>
    <message>
        <source>Валиден до</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Статус</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Работна станция</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Версия</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Ключ генериран на</source>
        <translation>Key generated on</translation>
    </message>
    <message>
        <source>Инсталационен ключ</source>
        <translation>Installation key</translation>
    </message>
    <message>
        <source>Година</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Документ</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Абонамент</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <source>Месечна цена</source>
        <translation>Monthly price</translation>
    </message>
    <message>
        <source>Сключен на</source>
        <translation>Concluded on</translation>
    </message>
    <message>
        <source>да</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Платен</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>не</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Нямате лицензирани програми.</source>
        <translation>You have no licensed programs.</translation>
    </message>
    <message>
        <source>{0} — модули: {1}</source>
        <translation>{0} — modules: {1}</translation>
    </message>
    <message>
        <source>Няма регистрирани инсталации.</source>
        <translation>No registered installations.</translation>
    </message>
    <message>
        <source>Нямате договори.</source>
        <translation>You have no contracts.</translation>
    </message>
    <message>
        <source>Няма новини.</source>
        <translation>No news.</translation>
    </message>
    <message>
        <source>НЕ</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>Грешка: {0}</source>
        <translation>Error: {0}</translation>
    </message>
    <message>
        <source>активиране на програма ПАСОСС на този компютър</source>
        <translation>activate a PASOSS program on this computer</translation>
    </message>
    <message>
        <source>ПАПКА_НА_ПРОГРАМАТА</source>
        <translation>PROGRAM_FOLDER</translation>
    </message>
    <message>
        <source>ФАЙЛ</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>без интернет: запиши файл за заявка</source>
        <translation>without internet: write a request file</translation>
    </message>
    <message>
        <source>без интернет: запиши ключа от отговора</source>
        <translation>without internet: write the key from the response</translation>
    </message>
    <message>
        <source>коя от намерените програми</source>
        <translation>which of the programs found</translation>
    </message>
    <message>
        <source>Заявката е записана в {0}.</source>
        <translation>The request is written to {0}.</translation>
    </message>
    <message>
        <source>Занесете файла на компютър с интернет и изпълнете там: pasoss-activator generate --request {0} --response ОТГОВОР.json; после тук: pasoss-activator activate --response ОТГОВОР.json</source>
        <translation>Take the file to a computer with internet and run there: pasoss-activator generate --request {0} --response RESPONSE.json; then here: pasoss-activator activate --response RESPONSE.json</translation>
    </message>
    <message>
        <source>Регистрационният ключ за {0} е проверен и записан.</source>
        <translation>The registration key for {0} is verified and written.</translation>
    </message>
    <message>
        <source>Файл</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Резервно копие</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Ключ:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>отчет за поддръжката: версии, връзка с услугата, часовник, програми</source>
        <translation>report for support: versions, connection to the service, clock, programs</translation>
    </message>
    <message>
        <source>запиши отчета във файл (JSON при --json или разширение .json, иначе текст)</source>
        <translation>write the report to a file (JSON with --json or a .json extension, text otherwise)</translation>
    </message>
    <message>
        <source>без проверка на връзката с услугата</source>
        <translation>without checking the connection to the service</translation>
    </message>
    <message>
        <source>Отчетът е записан в {0}.</source>
        <translation>The report is written to {0}.</translation>
    </message>
    <message>
        <source>регистрационен ключ за инсталационен ключ или за файл за заявка</source>
        <translation>a registration key for an installation key or a request file</translation>
    </message>
    <message>
        <source>ИНСТАЛАЦИОНЕН_КЛЮЧ</source>
        <translation>INSTALLATION_KEY</translation>
    </message>
    <message>
        <source>файл за заявка</source>
        <translation>request file</translation>
    </message>
    <message>
        <source>къде да се запише отговорът</source>
        <translation>where to write the response</translation>
    </message>
    <message>
        <source>Регистрационен ключ:</source>
        <translation>Registration key:</translation>
    </message>
    <message>
        <source>Отговорът е записан в {0}. Занесете го на компютъра с програмата и изпълнете там: pasoss-activator activate --response {1}</source>
        <translation>The response is written to {0}. Take it to the computer with the program and run there: pasoss-activator activate --response {1}</translation>
    </message>
    <message>
        <source>намерените програми ПАСОСС и ключовете им</source>
        <translation>the PASOSS programs found and their keys</translation>
    </message>
    <message>
        <source>демо услуга и демо програми на този компютър; нищо истинско не се променя</source>
        <translation>demo service and demo programs on this computer; nothing real is changed</translation>
    </message>
    <message>
        <source>с --demo: демото върви само и запазва снимки на екрана в ПАПКА</source>
        <translation>with --demo: the demo runs by itself and saves screenshots in FOLDER</translation>
    </message>
    <message>
        <source>ПАПКА</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>с --tour: мащаб на екрана в проценти, напр. 150 (като мащаба на дисплея в Windows)</source>
        <translation>with --tour: screen scale in percent, e.g. 150 (as Windows display scaling)</translation>
    </message>
    <message>
        <source>ПРОЦЕНТ</source>
        <translation>PERCENT</translation>
    </message>
    <message>
        <source>език на прозореца: bg или en (по подразбиране PASOSS_LANG, иначе bg)</source>
        <translation>language of the window: bg or en (default PASOSS_LANG, else bg)</translation>
    </message>
    <message>
        <source>адрес на услугата на ПАСОСС</source>
        <translation>address of the PASOSS service</translation>
    </message>
    <message>
        <source>--tour се ползва само с --demo</source>
        <translation>--tour needs --demo</translation>
    </message>
    <message>
        <source>--tour-scale се ползва само с --tour</source>
        <translation>--tour-scale needs --tour</translation>
    </message>
    <message>
        <source>--tour-scale: процент от 100 до 300</source>
        <translation>--tour-scale: a percentage from 100 to 300</translation>
    </message>
    <message>
        <source>още папки за проверка</source>
        <translation>more folders to check</translation>
    </message>
    <message>
        <source>Не намерих инсталирани програми ПАСОСС.</source>
        <translation>No installed PASOSS programs were found.</translation>
    </message>
    <message>
        <source>Посочете папката на програмата: pasoss-activator programs ПАПКА</source>
        <translation>Name the program&apos;s folder: pasoss-activator programs FOLDER</translation>
    </message>
    <message>
        <source>Непозната програма</source>
        <translation>Unknown program</translation>
    </message>
    <message>
        <source>няма</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Състояние</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Проблем</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Грешна група</source>
        <translation>Wrong group</translation>
    </message>
    <message>
        <source>(във файла пише {0}; важи ключът)</source>
        <translation>(the file says {0}; the key applies)</translation>
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
        <source>Какво се промени</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>изход; забравя входа</source>
        <translation>log out; forgets the login</translation>
    </message>
    <message>
        <source>към коя услуга и с кой профил работите</source>
        <translation>which service and which account you work with</translation>
    </message>
    <message>
        <source>Парола: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>Влязохте като {0} ({1}, клиентски номер {2}).</source>
        <translation>Logged in as {0} ({1}, customer number {2}).</translation>
    </message>
    <message>
        <source>На този компютър няма защитено хранилище за данни за вход: входът важи само за тази команда и няма да бъде запомнен.</source>
        <translation>This computer has no secure store for login data: the login holds for this command only and will not be remembered.</translation>
    </message>
    <message>
        <source>вход с имейл и парола (запомня се в защитеното хранилище на системата)</source>
        <translation>log in with e-mail and password (remembered in the system&apos;s secure store)</translation>
    </message>
    <message>
        <source>Имейл: </source>
        <translation>E-mail: </translation>
    </message>
    <message>
        <source>Входът е запомнен в защитеното хранилище за данни за вход; паролата не се пази.</source>
        <translation>The login is remembered in the secure store for login data; the password is not kept.</translation>
    </message>
    <message>
        <source>Излязохте от профила. Входът и копието на профила са изтрити от този компютър.</source>
        <translation>You are logged out. The login and the copy of the account are deleted from this computer.</translation>
    </message>
    <message>
        <source>Услуга</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Профил</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>не сте влезли (pasoss-activator login)</source>
        <translation>not logged in (pasoss-activator login)</translation>
    </message>
    <message>
        <source>Връзка</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>има</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>няма — {0}</source>
        <translation>no — {0}</translation>
    </message>
    <message>
        <source>няма (входът не се пази)</source>
        <translation>none (the login is not kept)</translation>
    </message>
    <message>
        <source>Защитено хранилище за данни за вход</source>
        <translation>Secure store for login data</translation>
    </message>
    <message>
        <source>Последно обновяване</source>
        <translation>Last update</translation>
    </message>
    <message>
        <source>Намерени програми</source>
        <translation>Programs found</translation>
    </message>
    <message>
        <source>код за поддръжката: изпрати отчета или го прочети</source>
        <translation>support code: send the report or read it</translation>
    </message>
    <message>
        <source>изпрати отчета до поддръжката и покажи кода</source>
        <translation>send the report to support and show the code</translation>
    </message>
    <message>
        <source>остани и чакай ключа, който поддръжката изпрати; провери го и го покажи</source>
        <translation>stay and wait for the key support sends; verify it and show it</translation>
    </message>
    <message>
        <source>(с --wait) запиши проверения ключ в програмата, за която е</source>
        <translation>(with --wait) write the verified key into the program it is for</translation>
    </message>
    <message>
        <source>СЕКУНДИ</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>(с --wait) колко най-много да се чака; по подразбиране 1800 (30 минути)</source>
        <translation>(with --wait) the longest wait; default 1800 (30 minutes)</translation>
    </message>
    <message>
        <source>(поддръжка) прочети отчета на клиента по кода</source>
        <translation>(support) read the customer&apos;s report by its code</translation>
    </message>
    <message>
        <source>КОД</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>6-цифреният код, който клиентът казва</source>
        <translation>the 6-digit code the customer reads out</translation>
    </message>
    <message>
        <source>(поддръжка) издай ключ за клиента в сесията му по кода</source>
        <translation>(support) issue a key into the client&apos;s session by its code</translation>
    </message>
    <message>
        <source>инсталационният ключ на програмата от отчета на клиента</source>
        <translation>the program&apos;s installation key from the client&apos;s report</translation>
    </message>
    <message>
        <source>Кажете този код на служителя от поддръжката на ПАСОСС:</source>
        <translation>Tell this code to the PASOSS support person:</translation>
    </message>
    <message>
        <source>Код: {0}  (валиден {1} минути)</source>
        <translation>Code: {0}  (valid for {1} minutes)</translation>
    </message>
    <message>
        <source>Чакаме поддръжката да изпрати регистрационния ключ… (Ctrl+C прекъсва)</source>
        <translation>Waiting for support to send the registration key… (Ctrl+C stops)</translation>
    </message>
    <message>
        <source>Не можаха да бъдат прочетени: {0}</source>
        <translation>Could not be read: {0}</translation>
    </message>
    <message>
        <source>ИЗПРАТЕНИ КЛЮЧОВЕ</source>
        <translation>KEYS SENT</translation>
    </message>
    <message>
        <source>Още няма. Изпратете ключ: support send КОД ИНСТАЛАЦИОНЕН_КЛЮЧ</source>
        <translation>None yet. Send a key: support send CODE INSTALLATION_KEY</translation>
    </message>
    <message>
        <source>Ключ НЕ е издаден: лицензът на клиента не покрива този инсталационен ключ.</source>
        <translation>No key was issued: the client&apos;s licence does not cover this installation key.</translation>
    </message>
    <message>
        <source>Клиентът не получава ключ и нищо при него не се променя (ако чака, чака още).</source>
        <translation>The client gets no key and nothing changes on their side (if they are waiting, they keep waiting).</translation>
    </message>
    <message>
        <source>КАКВО ДА КАЖЕТЕ НА КЛИЕНТА</source>
        <translation>WHAT TO TELL THE CLIENT</translation>
    </message>
    <message>
        <source>Ключ за {0} е издаден и изпратен в сесията на клиента.</source>
        <translation>A key for {0} was issued and sent into the client&apos;s session.</translation>
    </message>
    <message>
        <source>Ако клиентът чака с „support start --wait --write“, ключът ще се провери и запише сам; иначе му го продиктувайте.</source>
        <translation>If the client is waiting with “support start --wait --write”, the key is verified and written by itself; otherwise read it out to them.</translation>
    </message>
    <message>
        <source>Употреба: </source>
        <translation>Usage: </translation>
    </message>
    <message>
        <source>аргументи</source>
        <translation>arguments</translation>
    </message>
    <message>
        <source>настройки</source>
        <translation>options</translation>
    </message>
    <message>
        <source>показва тази помощ</source>
        <translation>shows this help</translation>
    </message>
    <message>
        <source>общи настройки</source>
        <translation>global options</translation>
    </message>
    <message>
        <source>адрес на услугата (по подразбиране https://service.pasoss.com/api/v1)</source>
        <translation>address of the service (default https://service.pasoss.com/api/v1)</translation>
    </message>
    <message>
        <source>изход в JSON за скриптове</source>
        <translation>JSON output for scripts</translation>
    </message>
    <message>
        <source>имейл на профила</source>
        <translation>e-mail of the account</translation>
    </message>
    <message>
        <source>паролата се чете от един ред на стандартния вход</source>
        <translation>the password is read from one line of standard input</translation>
    </message>
    <message>
        <source>език на съобщенията: bg или en (по подразбиране PASOSS_LANG, иначе bg)</source>
        <translation>language of the messages: bg or en (default PASOSS_LANG, else bg)</translation>
    </message>
    <message>
        <source>Активиране на програмите ПАСОСС и профилът Ви в услугата на ПАСОСС.</source>
        <translation>Activation of the PASOSS programs and your account in the PASOSS service.</translation>
    </message>
    <message>
        <source>показва версията</source>
        <translation>shows the version</translation>
    </message>
    <message>
        <source>КОМАНДА</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>Прекъснато.</source>
        <translation>Interrupted.</translation>
    </message>
    <message>
        <source>PASOSS Activator не намира екран, на който да покаже прозореца си.</source>
        <translation>PASOSS Activator finds no screen to show its window on.</translation>
    </message>
    <message>
        <source>Стартирайте го от работния плот, или използвайте командите за терминал: pasoss-activator --help</source>
        <translation>Start it from the desktop, or use the terminal commands: pasoss-activator --help</translation>
    </message>
    <message>
        <source>Връзката с услугата на ПАСОСС е възстановена. Чакаме ключа…</source>
        <translation>The connection to the PASOSS service is back. Waiting for the key…</translation>
    </message>
    <message>
        <source>Ключът за {0} е проверен, но още не е записан: {1} Ще опитаме отново след малко.</source>
        <translation>The key for {0} is verified but not written yet: {1} We will try again shortly.</translation>
    </message>
    <message>
        <source>Поддръжката изпрати регистрационен ключ за {0} ({1}).</source>
        <translation>Support sent a registration key for {0} ({1}).</translation>
    </message>
    <message>
        <source>Ключът е проверен: подписан е от ПАСОСС и е за инсталационния ключ на тази програма.</source>
        <translation>The key is verified: it is signed by PASOSS and is for this program&apos;s installation key.</translation>
    </message>
    <message>
        <source>Ключът е записан в програмата.</source>
        <translation>The key is written into the program.</translation>
    </message>
    <message>
        <source>Ключът НЕ е записан. За да се запише сам, изпълнете командата с --write, или го въведете в програмата ПАСОСС в „Регистрация“.</source>
        <translation>The key was NOT written. To have it written by itself, run the command with --write, or enter it in the PASOSS program under “Регистрация” (Registration).</translation>
    </message>
    <message>
        <source>Ключът, изпратен от поддръжката ({0}), не е приет и не е записан</source>
        <translation>The key sent by support ({0}) was not accepted and not written</translation>
    </message>
    <message>
        <source>Чакаме друг ключ от поддръжката…</source>
        <translation>Waiting for another key from support…</translation>
    </message>
</context>
<context>
    <name>comparison</name>
    <message>
        <source>Програма</source>
        <translation>Program</translation>
    </message>
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
        <source>Самостоятелна</source>
        <translation>Standalone</translation>
    </message>
    <message>
        <source>Мрежова – сървър</source>
        <translation>Network – server</translation>
    </message>
    <message>
        <source>Мрежова – работна станция</source>
        <translation>Network – workstation</translation>
    </message>
    <message>
        <source>активен</source>
        <translation>active</translation>
    </message>
    <message>
        <source>очаква плащане</source>
        <translation>awaiting payment</translation>
    </message>
    <message>
        <source>изтекъл</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>прекратен</source>
        <translation>terminated</translation>
    </message>
    <message>
        <source>модул {0}</source>
        <translation>module {0}</translation>
    </message>
    <message>
        <source>действащ договор днес, {0}</source>
        <translation>a contract in force today, {0}</translation>
    </message>
    <message>
        <source>вече регистриран ({0})</source>
        <translation>already registered ({0})</translation>
    </message>
    <message>
        <source>има свободно място ({0})</source>
        <translation>a seat is free ({0})</translation>
    </message>
    <message>
        <source>няма свободно място ({0})</source>
        <translation>no free seat ({0})</translation>
    </message>
    <message>
        <source>няма лиценз за тази програма</source>
        <translation>no licence for this program</translation>
    </message>
    <message>
        <source>до {0} и поправките му</source>
        <translation>up to {0} and its fixes</translation>
    </message>
    <message>
        <source>до {0}</source>
        <translation>up to {0}</translation>
    </message>
    <message>
        <source>Мрежова – сървър или работна станция</source>
        <translation>Network – server or workstation</translation>
    </message>
    <message>
        <source>лицензът е спрян</source>
        <translation>the licence is suspended</translation>
    </message>
    <message>
        <source>лицензът е валиден до {0}</source>
        <translation>the licence was valid until {0}</translation>
    </message>
    <message>
        <source>няма договор за {0} г.</source>
        <translation>no contract for {0}</translation>
    </message>
    <message>
        <source>договорът за {0} г. е {1}</source>
        <translation>the contract for {0} is {1}</translation>
    </message>
    <message>
        <source>договорът за {0} г. не е платен</source>
        <translation>the contract for {0} is not paid</translation>
    </message>
    <message>
        <source>{0}, договор за {1} г. – активен и платен</source>
        <translation>{0}, contract for {1} – active and paid</translation>
    </message>
    <message>
        <source>свободно 1 място</source>
        <translation>1 seat free</translation>
    </message>
    <message>
        <source>свободни {1} места</source>
        <translation>{1} seats free</translation>
    </message>
    <message>
        <source>заето {0} от 1 място</source>
        <translation>{0} of 1 seat taken</translation>
    </message>
    <message>
        <source>заети {0} от {1} места</source>
        <translation>{0} of {1} seats taken</translation>
    </message>
    <message>
        <source>{0}: поискано {1}, полага се {2}</source>
        <translation>{0}: requested {1}, entitled {2}</translation>
    </message>
    <message>
        <source>Не съвпада — {0}.</source>
        <translation>Does not match — {0}.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Опитайте отново след малко. Ако не се получи, обадете се на поддръжката на ПАСОСС.</source>
        <translation>Try again in a little while. If it still fails, call PASOSS support.</translation>
    </message>
    <message>
        <source>Опитайте отново; ако грешката се повтори, се обадете на поддръжката.</source>
        <translation>Try again; if the error happens again, call support.</translation>
    </message>
    <message>
        <source>Проверете връзката с интернет (и прокси сървъра, ако фирмата използва такъв) и опитайте отново. Без интернет можете да активирате с файл за заявка (activate --request).</source>
        <translation>Check the internet connection (and the proxy server, if your company uses one) and try again. Without internet you can activate with a request file (activate --request).</translation>
    </message>
    <message>
        <source>Копирайте ключа отново, целия, без да пропускате знаци.</source>
        <translation>Copy the key again, all of it, without leaving out any characters.</translation>
    </message>
    <message>
        <source>Копирайте резервното копие {backup_path} върху {file_name}, или се обадете на поддръжката.</source>
        <translation>Copy the backup {backup_path} over {file_name}, or call support.</translation>
    </message>
    <message>
        <source>Възникна неочаквана грешка в активатора.</source>
        <translation>An unexpected error occurred in the activator.</translation>
    </message>
    <message>
        <source>Опитайте отново; ако се повтори, обадете се на поддръжката на ПАСОСС.</source>
        <translation>Try again; if it happens again, call PASOSS support.</translation>
    </message>
    <message>
        <source>Възникна неочаквана грешка в активатора. Подробностите са записани в {log_path}.</source>
        <translation>An unexpected error occurred in the activator. The details are written to {log_path}.</translation>
    </message>
    <message>
        <source>Командата „{command}“ още не е готова в тази версия на активатора.</source>
        <translation>The command “{command}” is not ready yet in this version of the activator.</translation>
    </message>
    <message>
        <source>Обновете PASOSS Activator или се обадете на поддръжката на ПАСОСС.</source>
        <translation>Update PASOSS Activator or call PASOSS support.</translation>
    </message>
    <message>
        <source>Грешна команда.</source>
        <translation>Wrong command.</translation>
    </message>
    <message>
        <source>Вижте „pasoss-activator --help“.</source>
        <translation>See “pasoss-activator --help”.</translation>
    </message>
    <message>
        <source>Грешна команда: {problem}.</source>
        <translation>Wrong command: {problem}.</translation>
    </message>
    <message>
        <source>Вижте „{prog} --help“.</source>
        <translation>See “{prog} --help”.</translation>
    </message>
    <message>
        <source>Не е посочена команда.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Вижте „pasoss-activator --help“ за списъка с команди.</source>
        <translation>See “pasoss-activator --help” for the list of commands.</translation>
    </message>
    <message>
        <source>„{url}“ не е адрес на услуга.</source>
        <translation>“{url}” is not a service address.</translation>
    </message>
    <message>
        <source>Въведете адрес като https://service.pasoss.com/api/v1.</source>
        <translation>Enter an address such as https://service.pasoss.com/api/v1.</translation>
    </message>
    <message>
        <source>„{text}“ не е код за поддръжка.</source>
        <translation>“{text}” is not a support code.</translation>
    </message>
    <message>
        <source>Кодът е от 6 цифри — помолете клиента да го прочете отново.</source>
        <translation>The code has 6 digits — ask the customer to read it out again.</translation>
    </message>
    <message>
        <source>Паролата не може да бъде поискана: няма терминал.</source>
        <translation>The password cannot be asked for: there is no terminal.</translation>
    </message>
    <message>
        <source>Използвайте --email E --password-stdin и подайте паролата на стандартния вход.</source>
        <translation>Use --email E --password-stdin and pass the password on standard input.</translation>
    </message>
    <message>
        <source>Не беше подадена парола на стандартния вход.</source>
        <translation>No password was given on standard input.</translation>
    </message>
    <message>
        <source>Подайте паролата на един ред, например: echo ПАРОЛА | pasoss-activator … --password-stdin</source>
        <translation>Pass the password on one line, for example: echo PASSWORD | pasoss-activator … --password-stdin</translation>
    </message>
    <message>
        <source>--password-stdin иска и --email.</source>
        <translation>--password-stdin needs --email too.</translation>
    </message>
    <message>
        <source>Добавете --email ВАШИЯТ_E-MAIL.</source>
        <translation>Add --email YOUR_E-MAIL.</translation>
    </message>
    <message>
        <source>За файл за заявка посочете и двата файла.</source>
        <translation>For a request file, give both files.</translation>
    </message>
    <message>
        <source>Напишете: pasoss-activator generate --request ЗАЯВКА --response ОТГОВОР</source>
        <translation>Type: pasoss-activator generate --request REQUEST --response RESPONSE</translation>
    </message>
    <message>
        <source>Не е посочен инсталационен ключ.</source>
        <translation>No installation key given.</translation>
    </message>
    <message>
        <source>Намерих няколко програми ПАСОСС ({listing}).</source>
        <translation>Several PASOSS programs were found ({listing}).</translation>
    </message>
    <message>
        <source>Посочете папката на тази, която активирате: pasoss-activator activate ПАПКА</source>
        <translation>Name the folder of the one you are activating: pasoss-activator activate FOLDER</translation>
    </message>
    <message>
        <source>Адресът „{url}“ е без шифриране (http), а услугата не е на този компютър.</source>
        <translation>The address “{url}” is not encrypted (http), and the service is not on this computer.</translation>
    </message>
    <message>
        <source>Използвайте адрес, който започва с https://.</source>
        <translation>Use an address that starts with https://.</translation>
    </message>
    <message>
        <source>Инсталационният ключ е грешен.</source>
        <translation>The installation key is wrong.</translation>
    </message>
    <message>
        <source>Копирайте ключа отново от програмата.</source>
        <translation>Copy the key again from the program.</translation>
    </message>
    <message>
        <source>Прочетете отново група {group} от програмата и я поправете.</source>
        <translation>Read group {group} again from the program and correct it.</translation>
    </message>
    <message>
        <source>Проверете го и го въведете отново.</source>
        <translation>Check it and type it again.</translation>
    </message>
    <message>
        <source>Инсталационният ключ трябва да има {expected} знака без тиретата, а въведените са {length}.</source>
        <translation>The installation key must have {expected} characters without the dashes, but {length} were entered.</translation>
    </message>
    <message>
        <source>Проверете дали е въведен целият ключ — 6 групи по 5 знака.</source>
        <translation>Check that the whole key was entered — 6 groups of 5 characters.</translation>
    </message>
    <message>
        <source>Инсталационният ключ е с грешна дължина.</source>
        <translation>The installation key has the wrong length.</translation>
    </message>
    <message>
        <source>Група {group} на инсталационния ключ е въведена грешно.</source>
        <translation>Group {group} of the installation key was entered wrongly.</translation>
    </message>
    <message>
        <source>Инсталационният ключ не е цял: контролната сума не съвпада.</source>
        <translation>The installation key is not whole: the checksum does not match.</translation>
    </message>
    <message>
        <source>Инсталационният ключ е във формат, който не познаваме.</source>
        <translation>The installation key is in a format we do not know.</translation>
    </message>
    <message>
        <source>Инсталационният ключ е за непозната програма.</source>
        <translation>The installation key is for an unknown program.</translation>
    </message>
    <message>
        <source>Инсталационният ключ е с непознат вид инсталация.</source>
        <translation>The installation key has an unknown installation type.</translation>
    </message>
    <message>
        <source>Инсталационният ключ е с невъзможен набор от модули.</source>
        <translation>The installation key has an impossible set of modules.</translation>
    </message>
    <message>
        <source>Инсталационният ключ е с нула работни места.</source>
        <translation>The installation key has zero workplaces.</translation>
    </message>
    <message>
        <source>Инсталационният ключ е без клиентски номер.</source>
        <translation>The installation key has no customer number.</translation>
    </message>
    <message>
        <source>Във файла {path} няма инсталационен ключ.</source>
        <translation>The file {path} has no installation key.</translation>
    </message>
    <message>
        <source>Отворете програмата ПАСОСС, за да го създаде, и опитайте отново.</source>
        <translation>Open the PASOSS program so that it creates one, and try again.</translation>
    </message>
    <message>
        <source>Регистрационният ключ не е верен.</source>
        <translation>The registration key is not valid.</translation>
    </message>
    <message>
        <source>Не го записвайте. Поискайте ключа отново.</source>
        <translation>Do not write it. Ask for the key again.</translation>
    </message>
    <message>
        <source>Регистрационният ключ е повреден.</source>
        <translation>The registration key is damaged.</translation>
    </message>
    <message>
        <source>Регистрационният ключ е с грешна дължина.</source>
        <translation>The registration key has the wrong length.</translation>
    </message>
    <message>
        <source>Регистрационният ключ е във формат, който не познаваме.</source>
        <translation>The registration key is in a format we do not know.</translation>
    </message>
    <message>
        <source>Регистрационният ключ е за непозната програма.</source>
        <translation>The registration key is for an unknown program.</translation>
    </message>
    <message>
        <source>Регистрационният ключ трябва да има {expected} знака без тиретата, а въведените са {length}.</source>
        <translation>The registration key must have {expected} characters without the dashes, but {length} were entered.</translation>
    </message>
    <message>
        <source>Последният знак на регистрационния ключ е грешен.</source>
        <translation>The last character of the registration key is wrong.</translation>
    </message>
    <message>
        <source>Подписът на регистрационния ключ не е верен: ключът е повреден или подправен.</source>
        <translation>The signature of the registration key is not valid: the key is damaged or forged.</translation>
    </message>
    <message>
        <source>Регистрационният ключ е издаден за друг инсталационен ключ.</source>
        <translation>The registration key was issued for another installation key.</translation>
    </message>
    <message>
        <source>Поискайте ключ за инсталационния ключ, който програмата показва сега.</source>
        <translation>Ask for a key for the installation key that the program shows now.</translation>
    </message>
    <message>
        <source>Копирайте ключа отново от програмата („Фирми и години“ → Главно меню → Служебни функции → Регистрация) или го прочетете отново.</source>
        <translation>Copy the key again from the program (“Фирми и години” (Companies and years) → Main menu → Service functions → Registration) or read it out again.</translation>
    </message>
    <message>
        <source>Използвайте адрес като https://service.pasoss.com/api/v1 (без интервали, „@“ и „\“).</source>
        <translation>Use an address such as https://service.pasoss.com/api/v1 (no spaces, “@” or “\”).</translation>
    </message>
    <message>
        <source>Инсталационният ключ е в програмата ПАСОСС: „Фирми и години“ → Главно меню → Служебни функции → Регистрация. Там се въвежда и регистрационният ключ. Напишете: pasoss-activator generate XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</source>
        <translation>The installation key is in the PASOSS program: “Фирми и години” (Companies and years) → Main menu → Service functions → Registration. The registration key is entered there too. Type: pasoss-activator generate XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</translation>
    </message>
    <message>
        <source>Напишете: pasoss-activator support send КОД XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</source>
        <translation>Type: pasoss-activator support send CODE XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</translation>
    </message>
    <message>
        <source>--write и --timeout важат само с --wait.</source>
        <translation>--write and --timeout apply only with --wait.</translation>
    </message>
    <message>
        <source>Напишете: pasoss-activator support start --wait --write</source>
        <translation>Type: pasoss-activator support start --wait --write</translation>
    </message>
    <message>
        <source>Времето за чакане трябва да е положително число секунди.</source>
        <translation>The waiting time must be a positive number of seconds.</translation>
    </message>
    <message>
        <source>Например: --timeout 600</source>
        <translation>For example: --timeout 600</translation>
    </message>
    <message>
        <source>Адресът на услугата „{url}“ не е приет: съдържа обратна наклонена черта (\).</source>
        <translation>The service address “{url}” is not accepted: it contains a backslash (\).</translation>
    </message>
    <message>
        <source>Адресът на услугата „{url}“ не е приет: съдържа потребител или парола (@).</source>
        <translation>The service address “{url}” is not accepted: it contains a user or password (@).</translation>
    </message>
    <message>
        <source>Адресът на услугата „{url}“ не е приет: съдържа интервал или нов ред.</source>
        <translation>The service address “{url}” is not accepted: it contains a space or a line break.</translation>
    </message>
    <message>
        <source>Адресът на услугата „{url}“ не е приет: съдържа управляващ знак.</source>
        <translation>The service address “{url}” is not accepted: it contains a control character.</translation>
    </message>
    <message>
        <source>Адресът на услугата „{url}“ не е приет: съдържа кодирани знаци (%).</source>
        <translation>The service address “{url}” is not accepted: it contains encoded characters (%).</translation>
    </message>
    <message>
        <source>Адресът на услугата „{url}“ не е приет: съдържа неприети знаци.</source>
        <translation>The service address “{url}” is not accepted: it contains characters that are not allowed.</translation>
    </message>
    <message>
        <source>Адресът на услугата „{url}“ не е приет: съдържа знака „{char}“.</source>
        <translation>The service address “{url}” is not accepted: it contains the character “{char}”.</translation>
    </message>
    <message>
        <source>Адресът на услугата „{url}“ не е приет: съдържа части, които не са адрес на услуга.</source>
        <translation>The service address “{url}” is not accepted: it contains parts that are no service address.</translation>
    </message>
    <message>
        <source>Адресът на услугата „{url}“ не е приет: IPv6 адресът не е валиден.</source>
        <translation>The service address “{url}” is not accepted: the IPv6 address is not valid.</translation>
    </message>
    <message>
        <source>Адресът на услугата „{url}“ не е приет: пътят съдържа неприети знаци.</source>
        <translation>The service address “{url}” is not accepted: the path contains characters that are not allowed.</translation>
    </message>
    <message>
        <source>Знакът „{shown}“ (позиция {position}, група {group}) не може да бъде в инсталационен ключ.</source>
        <translation>The character “{shown}” (position {position}, group {group}) cannot be in an installation key.</translation>
    </message>
    <message>
        <source>Знакът „{shown}“ (позиция {position}) не може да бъде в регистрационен ключ.</source>
        <translation>The character “{shown}” (position {position}) cannot be in a registration key.</translation>
    </message>
    <message>
        <source>Версия {version} на програмата е от по-ново издание от последното платено ({max_version}).</source>
        <translation>Version {version} of the program is of a newer release than the last paid one ({max_version}).</translation>
    </message>
    <message>
        <source>За новото издание е нужен абонамент или платено право да го ползвате: обадете се на ПАСОСС на {phone}.</source>
        <translation>The new release needs a subscription or the paid right to use it: call PASOSS on {phone}.</translation>
    </message>
    <message>
        <source>Регистрационният ключ е валиден до {valid_until} и вече е изтекъл.</source>
        <translation>The registration key was valid until {valid_until} and has expired.</translation>
    </message>
    <message>
        <source>Подновете договора и поискайте нов ключ.</source>
        <translation>Renew the contract and ask for a new key.</translation>
    </message>
    <message>
        <source>Регистрационният ключ не е подписан с ключ на ПАСОСС, на който имаме доверие.</source>
        <translation>The registration key is not signed with a PASOSS key that we trust.</translation>
    </message>
    <message>
        <source>Поискайте ключа отново от услугата на ПАСОСС или се обадете на поддръжката.</source>
        <translation>Ask for the key again from the PASOSS service or call support.</translation>
    </message>
    <message>
        <source>Файлът {path} не може да бъде прочетен или записан.</source>
        <translation>The file {path} cannot be read or written.</translation>
    </message>
    <message>
        <source>Папката {path} не съществува.</source>
        <translation>The folder {path} does not exist.</translation>
    </message>
    <message>
        <source>Проверете пътя до папката на програмата и опитайте отново.</source>
        <translation>Check the path to the program&apos;s folder and try again.</translation>
    </message>
    <message>
        <source>В папката {path} няма файл PASOSS.INI.</source>
        <translation>The folder {path} has no PASOSS.INI file.</translation>
    </message>
    <message>
        <source>Изберете папката, в която е инсталирана програмата ПАСОСС.</source>
        <translation>Choose the folder where the PASOSS program is installed.</translation>
    </message>
    <message>
        <source>Не намерих инсталирана програма ПАСОСС на този компютър.</source>
        <translation>No installed PASOSS program was found on this computer.</translation>
    </message>
    <message>
        <source>Посочете папката на програмата: pasoss-activator activate ПАПКА</source>
        <translation>Name the program&apos;s folder: pasoss-activator activate FOLDER</translation>
    </message>
    <message>
        <source>Файлът {path} е твърде голям ({size_mb} MB), за да е настройка на програма ПАСОСС (те са под 1 MB). Активаторът не го прочете и не го промени.</source>
        <translation>The file {path} is too large ({size_mb} MB) to be the settings of a PASOSS program (those are under 1 MB). The activator did not read it and did not change it.</translation>
    </message>
    <message>
        <source>Проверете дали това е папката на програмата ПАСОСС. Ако е, обадете се на поддръжката на ПАСОСС, преди да го променяте.</source>
        <translation>Check that this is the PASOSS program&apos;s folder. If it is, call PASOSS support before changing it.</translation>
    </message>
    <message>
        <source>Файлът {path} не може да бъде прочетен ({os_error}).</source>
        <translation>The file {path} cannot be read ({os_error}).</translation>
    </message>
    <message>
        <source>Проверете дали дискът е достъпен и опитайте отново.</source>
        <translation>Check that the disk is reachable and try again.</translation>
    </message>
    <message>
        <source>Файлът {path} не е във формата, който програмата ПАСОСС използва.</source>
        <translation>The file {path} is not in the format the PASOSS program uses.</translation>
    </message>
    <message>
        <source>Не го променяйте ръчно. Обадете се на поддръжката.</source>
        <translation>Do not edit it by hand. Call support.</translation>
    </message>
    <message>
        <source>Нямате право да четете файла {path}.</source>
        <translation>You have no permission to read the file {path}.</translation>
    </message>
    <message>
        <source>Стартирайте активатора от потребителя, с който работите с програмата.</source>
        <translation>Start the activator as the user you work with the program as.</translation>
    </message>
    <message>
        <source>Файлът {path} е зает от друга програма — вероятно програмата ПАСОСС е отворена.</source>
        <translation>The file {path} is in use by another program — probably the PASOSS program is open.</translation>
    </message>
    <message>
        <source>Затворете програмата и опитайте отново.</source>
        <translation>Close the program and try again.</translation>
    </message>
    <message>
        <source>Файлът {path} е зает: програмата {program} е отворена и го държи.</source>
        <translation>The file {path} is in use: {program} is open and holds it.</translation>
    </message>
    <message>
        <source>Затворете {program} (на този компютър и на другите в мрежата, които работят с нея) и опитайте отново. Файлът не е променен.</source>
        <translation>Close {program} (on this computer and on the others in the network that work with it) and try again. The file has not been changed.</translation>
    </message>
    <message>
        <source>Нямате право да променяте файла {path}.</source>
        <translation>You have no permission to change the file {path}.</translation>
    </message>
    <message>
        <source>Ако програмата е инсталирана в Program Files, стартирайте активатора с десен бутон → „Изпълни като администратор“, или помолете администратора да Ви даде право за писане в папката на програмата.</source>
        <translation>If the program is installed in Program Files, start the activator with right-click → “Run as administrator”, or ask the administrator to give you permission to write in the program&apos;s folder.</translation>
    </message>
    <message>
        <source>Файлът {path} не можа да бъде записан ({os_error}).</source>
        <translation>The file {path} could not be written ({os_error}).</translation>
    </message>
    <message>
        <source>Файлът не е променен. Опитайте отново; ако грешката се повтори, се обадете на поддръжката.</source>
        <translation>The file was not changed. Try again; if the error happens again, call support.</translation>
    </message>
    <message>
        <source>Няма свободно място на диска, за да се запише {path}.</source>
        <translation>There is no free space on the disk to write {path}.</translation>
    </message>
    <message>
        <source>Освободете място на диска и опитайте отново. Файлът не е променен.</source>
        <translation>Free some disk space and try again. The file was not changed.</translation>
    </message>
    <message>
        <source>Файлът {path} беше променен, докато работехме с него.</source>
        <translation>The file {path} was changed while we were working with it.</translation>
    </message>
    <message>
        <source>Опитайте отново. Ако програмата ПАСОСС е отворена, първо я затворете.</source>
        <translation>Try again. If the PASOSS program is open, close it first.</translation>
    </message>
    <message>
        <source>Записаният файл {path} не се прочете обратно правилно ({os_error}), а предишният не можа да бъде възстановен автоматично.</source>
        <translation>The written file {path} did not read back correctly ({os_error}), and the previous one could not be restored automatically.</translation>
    </message>
    <message>
        <source>Записаният файл {path} не се прочете обратно правилно (съдържанието не съвпада), а предишният не можа да бъде възстановен автоматично.</source>
        <translation>The written file {path} did not read back correctly (the content does not match), and the previous one could not be restored automatically.</translation>
    </message>
    <message>
        <source>Записаният файл {path} не се прочете обратно правилно ({os_error}). Предишното съдържание е възстановено.</source>
        <translation>The written file {path} did not read back correctly ({os_error}). The previous content has been restored.</translation>
    </message>
    <message>
        <source>Записаният файл {path} не се прочете обратно правилно (съдържанието не съвпада). Предишното съдържание е възстановено.</source>
        <translation>The written file {path} did not read back correctly (the content does not match). The previous content has been restored.</translation>
    </message>
    <message>
        <source>Инсталационният ключ в програмата се промени, докато работехме.</source>
        <translation>The installation key in the program changed while we were working.</translation>
    </message>
    <message>
        <source>Затворете програмата ПАСОСС и опитайте отново.</source>
        <translation>Close the PASOSS program and try again.</translation>
    </message>
    <message>
        <source>Ключът не се прочита обратно от {path}.</source>
        <translation>The key does not read back from {path}.</translation>
    </message>
    <message>
        <source>Предишният файл е запазен като {backup_path}. Обадете се на поддръжката.</source>
        <translation>The previous file is kept as {backup_path}. Call support.</translation>
    </message>
    <message>
        <source>Отчетът не може да бъде записан в {path} ({os_error}).</source>
        <translation>The report cannot be written to {path} ({os_error}).</translation>
    </message>
    <message>
        <source>Изберете друга папка, например Документи или Работен плот.</source>
        <translation>Choose another folder, for example Documents or Desktop.</translation>
    </message>
    <message>
        <source>Проверете пътя до файла и дали флашката е поставена.</source>
        <translation>Check the path to the file and that the USB stick is plugged in.</translation>
    </message>
    <message>
        <source>Файлът {path} не може да бъде записан ({os_error}).</source>
        <translation>The file {path} cannot be written ({os_error}).</translation>
    </message>
    <message>
        <source>Проверете дали флашката е поставена и не е защитена срещу запис.</source>
        <translation>Check that the USB stick is plugged in and not write-protected.</translation>
    </message>
    <message>
        <source>Файлът {path} е от по-нова версия на активатора.</source>
        <translation>The file {path} is from a newer version of the activator.</translation>
    </message>
    <message>
        <source>Обновете PASOSS Activator на този компютър и опитайте отново.</source>
        <translation>Update PASOSS Activator on this computer and try again.</translation>
    </message>
    <message>
        <source>Файлът {path} не е файл за заявка за активиране.</source>
        <translation>The file {path} is not an activation request file.</translation>
    </message>
    <message>
        <source>Изберете файла, който активаторът е създал, без да го променяте.</source>
        <translation>Choose the file the activator created, without changing it.</translation>
    </message>
    <message>
        <source>Файлът {path} не е файл с отговор за активиране.</source>
        <translation>The file {path} is not an activation response file.</translation>
    </message>
    <message>
        <source>Нямате достъп до профила.</source>
        <translation>You have no access to the account.</translation>
    </message>
    <message>
        <source>Влезте с имейла и паролата си.</source>
        <translation>Log in with your e-mail and password.</translation>
    </message>
    <message>
        <source>Влезте с имейла и паролата си (pasoss-activator login).</source>
        <translation>Log in with your e-mail and password (pasoss-activator login).</translation>
    </message>
    <message>
        <source>Сесията Ви изтече.</source>
        <translation>Your session has expired.</translation>
    </message>
    <message>
        <source>Влезте отново с имейла и паролата си.</source>
        <translation>Log in again with your e-mail and password.</translation>
    </message>
    <message>
        <source>Грешен имейл или парола. Проверете ги и опитайте отново.</source>
        <translation>Wrong e-mail or password. Check them and try again.</translation>
    </message>
    <message>
        <source>Изберете парола от поне 10 знака, различна от имейла Ви.</source>
        <translation>Choose a password of at least 10 characters, different from your e-mail.</translation>
    </message>
    <message>
        <source>Не сте влезли в профила си в ПАСОСС.</source>
        <translation>You are not logged in to your PASOSS account.</translation>
    </message>
    <message>
        <source>Влезте с „pasoss-activator login“ или добавете --email E --password-stdin.</source>
        <translation>Log in with “pasoss-activator login” or add --email E --password-stdin.</translation>
    </message>
    <message>
        <source>Ако сте забравили паролата, поискайте нова.</source>
        <translation>If you have forgotten the password, ask for a new one.</translation>
    </message>
    <message>
        <source>Твърде много опити.</source>
        <translation>Too many attempts.</translation>
    </message>
    <message>
        <source>Опитайте отново след {retry_after} секунди.</source>
        <translation>Try again in {retry_after} seconds.</translation>
    </message>
    <message>
        <source>Нямате право на това действие.</source>
        <translation>You are not allowed to do this.</translation>
    </message>
    <message>
        <source>Влезте с профил, който има това право.</source>
        <translation>Log in with an account that is allowed to.</translation>
    </message>
    <message>
        <source>Текущата парола е грешна.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>Въведете отново текущата си парола.</source>
        <translation>Enter your current password again.</translation>
    </message>
    <message>
        <source>Новата парола е твърде слаба.</source>
        <translation>The new password is too weak.</translation>
    </message>
    <message>
        <source>Услугата на ПАСОСС има временен проблем.</source>
        <translation>The PASOSS service has a temporary problem.</translation>
    </message>
    <message>
        <source>Услугата на ПАСОСС има временен проблем (код {status}).</source>
        <translation>The PASOSS service has a temporary problem (code {status}).</translation>
    </message>
    <message>
        <source>Услугата на ПАСОСС върна отговор, който програмата не разбира.</source>
        <translation>The PASOSS service sent an answer the program does not understand.</translation>
    </message>
    <message>
        <source>Услугата на ПАСОСС върна данни, които програмата не разбира.</source>
        <translation>The PASOSS service sent data the program does not understand.</translation>
    </message>
    <message>
        <source>Опитайте отново след малко. Ако не се получи, обадете се на поддръжката.</source>
        <translation>Try again in a little while. If it still fails, call support.</translation>
    </message>
    <message>
        <source>Услугата на ПАСОСС върна отговор без регистрационен ключ.</source>
        <translation>The PASOSS service answered without a registration key.</translation>
    </message>
    <message>
        <source>Няма връзка с услугата на ПАСОСС.</source>
        <translation>No connection to the PASOSS service.</translation>
    </message>
    <message>
        <source>Услугата на ПАСОСС не отговори навреме.</source>
        <translation>The PASOSS service did not answer in time.</translation>
    </message>
    <message>
        <source>Връзката с услугата на ПАСОСС не е защитена: сертификатът ѝ не е приет от Windows.</source>
        <translation>The connection to the PASOSS service is not secure: Windows does not accept its certificate.</translation>
    </message>
    <message>
        <source>Често това е антивирусна програма или фирмена защитна стена, която проверява връзките. Обадете се на системния администратор или на поддръжката на ПАСОСС.</source>
        <translation>Often this is an antivirus program or a company firewall that inspects connections. Call your system administrator or PASOSS support.</translation>
    </message>
    <message>
        <source>Прокси сървърът не пропуска връзката с услугата на ПАСОСС.</source>
        <translation>The proxy server does not let the connection to the PASOSS service through.</translation>
    </message>
    <message>
        <source>Проверете настройките на прокси сървъра или се обадете на администратора.</source>
        <translation>Check the proxy server settings or call the administrator.</translation>
    </message>
    <message>
        <source>Услугата на ПАСОСС върна отговор, много по-голям от допустимото, и той не беше прочетен.</source>
        <translation>The PASOSS service sent an answer far larger than allowed, and it was not read.</translation>
    </message>
    <message>
        <source>Опитайте отново след малко; ако се повтори, вероятно мрежата подменя отговорите: опитайте от друга мрежа или се обадете на поддръжката на ПАСОСС.</source>
        <translation>Try again in a little while; if it happens again, the network probably replaces the answers: try from another network or call PASOSS support.</translation>
    </message>
    <message>
        <source>Услугата на ПАСОСС не завърши отговора си навреме.</source>
        <translation>The PASOSS service did not finish its answer in time.</translation>
    </message>
    <message>
        <source>Мрежата пренасочи връзката към друг адрес вместо към услугата на ПАСОСС (често това е страница за вход в Wi-Fi мрежа на хотел или заведение).</source>
        <translation>The network redirected the connection to another address instead of the PASOSS service (often the sign-in page of a hotel&apos;s or café&apos;s Wi-Fi).</translation>
    </message>
    <message>
        <source>Отворете браузър и влезте в мрежата, после опитайте отново. Ако се повтори, обадете се на поддръжката на ПАСОСС.</source>
        <translation>Open a browser and sign in to the network, then try again. If it happens again, call PASOSS support.</translation>
    </message>
    <message>
        <source>Услугата не издаде ключ: договорът Ви не покрива тази инсталация.</source>
        <translation>The service did not issue a key: your contract does not cover this installation.</translation>
    </message>
    <message>
        <source>Вижте таблицата за сравнение и се обадете на ПАСОСС, за да разширите договора.</source>
        <translation>See the comparison table and call PASOSS to extend the contract.</translation>
    </message>
    <message>
        <source>Ключът, изпратен от поддръжката (за {product}), не е за никоя от програмите на този компютър.</source>
        <translation>The key sent by support (for {product}) is for none of the programs on this computer.</translation>
    </message>
    <message>
        <source>Кажете на служителя кой инсталационен ключ показва програмата в „Регистрация“, за да изпрати ключ за него.</source>
        <translation>Tell the support person which installation key the program shows in “Registration”, so that they send a key for it.</translation>
    </message>
    <message>
        <source>Поддръжката не изпрати ключ, който да пасне на програма на този компютър, за {minutes} мин.</source>
        <translation>Support sent no key that fits a program on this computer within {minutes} min.</translation>
    </message>
    <message>
        <source>Обадете се отново на поддръжката на ПАСОСС; за нов код изпълнете pasoss-activator support start --wait.</source>
        <translation>Call PASOSS support again; for a new code run pasoss-activator support start --wait.</translation>
    </message>
    <message>
        <source>Сесията за поддръжка приключи: кодът вече не е валиден.</source>
        <translation>The support session has ended: the code is no longer valid.</translation>
    </message>
    <message>
        <source>Ако поддръжката още не Ви е изпратила ключ, създайте нов код (pasoss-activator support start --wait) и го кажете на служителя.</source>
        <translation>If support has not sent you a key yet, create a new code (pasoss-activator support start --wait) and tell it to the support person.</translation>
    </message>
    <message>
        <source>Няма такъв запис.</source>
        <translation>No such record.</translation>
    </message>
    <message>
        <source>Проверете въведеното.</source>
        <translation>Check what you entered.</translation>
    </message>
    <message>
        <source>Услугата отказа заявката.</source>
        <translation>The service refused the request.</translation>
    </message>
    <message>
        <source>Изберете „Изход от профила“ и влезте отново с имейла и паролата си.</source>
        <translation>Choose “Log out” and log in again with your e-mail and password.</translation>
    </message>
    <message>
        <source>Проверете връзката с интернет (и прокси сървъра, ако фирмата използва такъв) и опитайте отново.</source>
        <translation>Check the internet connection (and the proxy server, if your company uses one) and try again.</translation>
    </message>
    <message>
        <source>Възникна неочаквана грешка. Опитайте отново; ако грешката се повтори, обадете се на поддръжката на ПАСОСС.</source>
        <translation>An unexpected error occurred. Please try again; if it happens again, call PASOSS support.</translation>
    </message>
</context>
<context>
    <name>products</name>
    <message>
        <source>ПАСОСС-Счетоводство</source>
        <translation>PASOSS Accounting</translation>
    </message>
    <message>
        <source>ПАСОСС-Работни заплати 5</source>
        <translation>PASOSS Payroll 5</translation>
    </message>
    <message>
        <source>Основен модул</source>
        <translation>Core module</translation>
    </message>
    <message>
        <source>ДДС дневници</source>
        <translation>VAT ledgers</translation>
    </message>
    <message>
        <source>Дълготрайни активи</source>
        <translation>Fixed assets</translation>
    </message>
    <message>
        <source>Склад</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <source>Каса и банки</source>
        <translation>Cash and banks</translation>
    </message>
    <message>
        <source>Интрастат</source>
        <translation>Intrastat</translation>
    </message>
    <message>
        <source>Многофирмен режим</source>
        <translation>Multi-company mode</translation>
    </message>
    <message>
        <source>Болнични и отпуски</source>
        <translation>Sick leave and holidays</translation>
    </message>
    <message>
        <source>Персонал</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Декларации към НАП</source>
        <translation>Declarations to the NRA</translation>
    </message>
    <message>
        <source>Ваучери за храна</source>
        <translation>Food vouchers</translation>
    </message>
    <message>
        <source>Инсталационният ключ е в програмата ПАСОСС: „Фирми и години“ → Главно меню → Служебни функции → Регистрация. Там се въвежда и регистрационният ключ.</source>
        <translation>The installation key is in the PASOSS program: “Фирми и години” (Companies and years) → Main menu → Service functions → Registration. The registration key is entered there too.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>недостъпно ({0})</source>
        <translation>unavailable ({0})</translation>
    </message>
    <message>
        <source>Какво се промени: {0}</source>
        <translation>What changed: {0}</translation>
    </message>
    <message>
        <source>Не сте влезли в профила си. Влезте с имейла и паролата си.</source>
        <translation>You are not logged in to your account. Log in with your e-mail and password.</translation>
    </message>
    <message>
        <source>Лицензът не можа да бъде проверен: няма връзка с услугата на ПАСОСС и няма запазено копие на профила. Проверете отново, когато връзката се възстанови.</source>
        <translation>The licence could not be checked: there is no connection to the PASOSS service and no saved copy of the account. Check again when the connection is back.</translation>
    </message>
    <message>
        <source>Лицензът не можа да бъде проверен в услугата (няма връзка); в запазеното копие на профила няма лиценз за тази програма.</source>
        <translation>The licence could not be checked with the service (no connection); the saved copy of the account has no licence for this program.</translation>
    </message>
    <message>
        <source>В профила няма лиценз за тази програма.</source>
        <translation>The account has no licence for this program.</translation>
    </message>
    <message>
        <source>версия {0} е от по-ново издание от последното платено {1}</source>
        <translation>version {0} is of a newer release than the last paid one, {1}</translation>
    </message>
    <message>
        <source>програмата има модули извън лиценза</source>
        <translation>the program has modules outside the licence</translation>
    </message>
    <message>
        <source>работните места са {0}, а лицензът е за {1}</source>
        <translation>the workplaces are {0}, and the licence is for {1}</translation>
    </message>
    <message>
        <source>лицензът не е активен</source>
        <translation>the licence is not active</translation>
    </message>
    <message>
        <source>Лицензът не покрива: {0}.</source>
        <translation>The licence does not cover: {0}.</translation>
    </message>
    <message>
        <source>(По запазеното копие на профила: лицензът не можа да бъде проверен в услугата.)</source>
        <translation>(From the saved copy of the account: the licence could not be checked with the service.)</translation>
    </message>
    <message>
        <source>да</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>не</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Име (DNS): {0} ({1} ms)</source>
        <translation>Name (DNS): {0} ({1} ms)</translation>
    </message>
    <message>
        <source>Име (DNS): не се открива — {0}</source>
        <translation>Name (DNS): not found — {0}</translation>
    </message>
    <message>
        <source>наред ({0} ms)</source>
        <translation>fine ({0} ms)</translation>
    </message>
    <message>
        <source>няма — {0}</source>
        <translation>no — {0}</translation>
    </message>
    <message>
        <source>Връзка: {0}</source>
        <translation>Connection: {0}</translation>
    </message>
    <message>
        <source>очакван</source>
        <translation>expected</translation>
    </message>
    <message>
        <source>САМОПОДПИСАН</source>
        <translation>SELF-SIGNED</translation>
    </message>
    <message>
        <source>ПРОВЕРКА ОТ {0}</source>
        <translation>INSPECTED BY {0}</translation>
    </message>
    <message>
        <source>НЕОЧАКВАН</source>
        <translation>UNEXPECTED</translation>
    </message>
    <message>
        <source>TLS: {0}, издател: {1} ({2})</source>
        <translation>TLS: {0}, issuer: {1} ({2})</translation>
    </message>
    <message>
        <source>Сертификатът е приет от компютъра: {0}</source>
        <translation>The computer accepts the certificate: {0}</translation>
    </message>
    <message>
        <source>TLS: неуспешно — {0}</source>
        <translation>TLS: failed — {0}</translation>
    </message>
    <message>
        <source>HTTP: {0} за {1} ms</source>
        <translation>HTTP: {0} in {1} ms</translation>
    </message>
    <message>
        <source>HTTP: няма отговор — {0}</source>
        <translation>HTTP: no answer — {0}</translation>
    </message>
    <message>
        <source> — ВНИМАНИЕ</source>
        <translation> — WARNING</translation>
    </message>
    <message>
        <source>Часовник: {0}</source>
        <translation>Clock: {0}</translation>
    </message>
    <message>
        <source>Прокси: {0}</source>
        <translation>Proxy: {0}</translation>
    </message>
    <message>
        <source>няма</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Папка: {0}</source>
        <translation>Folder: {0}</translation>
    </message>
    <message>
        <source>Проблем: {0}</source>
        <translation>Problem: {0}</translation>
    </message>
    <message>
        <source>Инсталационен ключ: {0}</source>
        <translation>Installation key: {0}</translation>
    </message>
    <message>
        <source>Инсталационен ключ: {0} — {1}</source>
        <translation>Installation key: {0} — {1}</translation>
    </message>
    <message>
        <source>Модули: {0}</source>
        <translation>Modules: {0}</translation>
    </message>
    <message>
        <source>{0}, работни места: {1}, клиентски номер: {2}, работна станция: {3}</source>
        <translation>{0}, workplaces: {1}, customer number: {2}, workstation: {3}</translation>
    </message>
    <message>
        <source>Версията в PASOSS.INI е {0}, а ключът казва друго (важи ключът).</source>
        <translation>The version in PASOSS.INI is {0}, but the key says otherwise (the key applies).</translation>
    </message>
    <message>
        <source>Регистрационен ключ: {0} (записан {1})</source>
        <translation>Registration key: {0} (written {1})</translation>
    </message>
    <message>
        <source>Диагностика на {0} {1} — {2}</source>
        <translation>Diagnostics of {0} {1} — {2}</translation>
    </message>
    <message>
        <source>Система: {0}, Python {1}, Qt {2}, компютър {3}</source>
        <translation>System: {0}, Python {1}, Qt {2}, computer {3}</translation>
    </message>
    <message>
        <source>не е инсталиран</source>
        <translation>not installed</translation>
    </message>
    <message>
        <source>Услуга: {0}</source>
        <translation>Service: {0}</translation>
    </message>
    <message>
        <source>Профил: {0} — {1}, клиентски номер {2}</source>
        <translation>Account: {0} — {1}, customer number {2}</translation>
    </message>
    <message>
        <source>Профил: не сте влезли</source>
        <translation>Account: not logged in</translation>
    </message>
    <message>
        <source>Защитено хранилище за данни за вход: {0}</source>
        <translation>Secure store for login data: {0}</translation>
    </message>
    <message>
        <source>Защитено хранилище за данни за вход: няма — входът се помни само до затваряне на програмата ({0})</source>
        <translation>Secure store for login data: none — the login is remembered only until the program is closed ({0})</translation>
    </message>
    <message>
        <source>Локално копие: от {0} ({1})</source>
        <translation>Offline copy: from {0} ({1})</translation>
    </message>
    <message>
        <source>Локално копие: няма</source>
        <translation>Offline copy: none</translation>
    </message>
    <message>
        <source>Програми ({0}):</source>
        <translation>Programs ({0}):</translation>
    </message>
    <message>
        <source>Програми: не са намерени</source>
        <translation>Programs: none found</translation>
    </message>
    <message>
        <source>Проблеми:</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <source>Проблеми: няма</source>
        <translation>Problems: none</translation>
    </message>
    <message>
        <source>току-що</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>преди {0} минута</source>
        <translation>{0} minute ago</translation>
    </message>
    <message>
        <source>преди {0} минути</source>
        <translation>{0} minutes ago</translation>
    </message>
    <message>
        <source>преди {0} час</source>
        <translation>{0} hour ago</translation>
    </message>
    <message>
        <source>преди {0} часа</source>
        <translation>{0} hours ago</translation>
    </message>
    <message>
        <source>преди {0} мин.</source>
        <translation>{0} min ago</translation>
    </message>
    <message>
        <source>преди {0} ч.</source>
        <translation>{0} h ago</translation>
    </message>
    <message>
        <source>преди {0} дни</source>
        <translation>{0} days ago</translation>
    </message>
    <message>
        <source>Услугата не изпрати час (заглавие Date).</source>
        <translation>The service sent no time (Date header).</translation>
    </message>
    <message>
        <source>Неразбираем час от услугата: {0}</source>
        <translation>Unreadable time from the service: {0}</translation>
    </message>
    <message>
        <source>Името {0} не се открива (DNS). Проверете връзката с интернет; ако тя работи, обадете се на администратора на мрежата.</source>
        <translation>The name {0} is not found (DNS). Check the internet connection; if it works, call the network administrator.</translation>
    </message>
    <message>
        <source>Няма връзка с {0}:{1}. Проверете дали защитната стена (firewall) или антивирусната програма не я спира.</source>
        <translation>No connection to {0}:{1}. Check whether the firewall or the antivirus program blocks it.</translation>
    </message>
    <message>
        <source>Сертификатът на услугата е подменен от „{0}“ (издател: {1}). Антивирусната програма или защитната стена проверява защитените връзки: добавете услугата на ПАСОСС в изключенията ѝ.</source>
        <translation>The service&apos;s certificate is replaced by “{0}” (issuer: {1}). The antivirus program or the firewall inspects secure connections: add the PASOSS service to its exceptions.</translation>
    </message>
    <message>
        <source>Сертификатът на услугата е самоподписан (издател: {0}), а не от публичен удостоверяващ орган. Ако не работите с тестова услуга, някой подменя връзката: обадете се на поддръжката.</source>
        <translation>The service&apos;s certificate is self-signed (issuer: {0}), not from a public certificate authority. Unless you work with a test service, someone is replacing the connection: call support.</translation>
    </message>
    <message>
        <source>Сертификатът на услугата е издаден от „{0}“, който не очакваме. Вероятно фирмената мрежа или антивирусна програма проверява защитените връзки: обадете се на администратора на мрежата.</source>
        <translation>The service&apos;s certificate is issued by “{0}”, which we do not expect. Probably the company network or an antivirus program inspects secure connections: call the network administrator.</translation>
    </message>
    <message>
        <source>Компютърът не приема сертификата на услугата. Проверете датата и часа на компютъра и обновете Windows.</source>
        <translation>The computer does not accept the service&apos;s certificate. Check the computer&apos;s date and time and update Windows.</translation>
    </message>
    <message>
        <source>Услугата отговори с код {0}. Опитайте отново по-късно.</source>
        <translation>The service answered with code {0}. Try again later.</translation>
    </message>
    <message>
        <source>Услугата не отговаря. Опитайте отново по-късно или се обадете на поддръжката.</source>
        <translation>The service does not answer. Try again later or call support.</translation>
    </message>
    <message>
        <source>Сверете часовника.</source>
        <translation>Set the clock right.</translation>
    </message>
    <message>
        <source>Часовникът на компютъра е верен.</source>
        <translation>The computer&apos;s clock is right.</translation>
    </message>
    <message>
        <source>{0} ч. и {1} мин.</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <source>{0} мин.</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>{0} сек.</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>Часовникът на компютъра избързва с {0} спрямо услугата.</source>
        <translation>The computer&apos;s clock is {0} ahead of the service.</translation>
    </message>
    <message>
        <source>Часовникът на компютъра изостава с {0} спрямо услугата.</source>
        <translation>The computer&apos;s clock is {0} behind the service.</translation>
    </message>
    <message>
        <source>Връзката е без TLS (само локално).</source>
        <translation>The connection has no TLS (local only).</translation>
    </message>
    <message>
        <source>В профила на услугата няма регистрирана инсталация на тази програма, с която да сравним.</source>
        <translation>The service account has no registered installation of this program to compare with.</translation>
    </message>
    <message>
        <source>Инсталационният ключ е същият като регистрирания.</source>
        <translation>The installation key is the same as the registered one.</translation>
    </message>
    <message>
        <source>Клиентският номер в програмата е друг: беше {0}, сега е {1}.</source>
        <translation>The customer number in the program is different: it was {0}, now it is {1}.</translation>
    </message>
    <message>
        <source>Програмата е на нов диск или на друг компютър (нова работна станция): регистрирана е за работна станция {0}, а тази е {1}.</source>
        <translation>The program is on a new disk or another computer (a new workstation): it is registered for workstation {0}, and this one is {1}.</translation>
    </message>
    <message>
        <source>Добавен е модулът {0}.</source>
        <translation>The module {0} was added.</translation>
    </message>
    <message>
        <source>Добавени са модулите {0}.</source>
        <translation>The modules {0} were added.</translation>
    </message>
    <message>
        <source>Премахнат е модулът {0}.</source>
        <translation>The module {0} was removed.</translation>
    </message>
    <message>
        <source>Премахнати са модулите {0}.</source>
        <translation>The modules {0} were removed.</translation>
    </message>
    <message>
        <source>Версията е обновена: беше {0}, сега е {1}.</source>
        <translation>The version was updated: it was {0}, now it is {1}.</translation>
    </message>
    <message>
        <source>Версията е върната към по-стара: беше {0}, сега е {1}.</source>
        <translation>The version was taken back to an older one: it was {0}, now it is {1}.</translation>
    </message>
    <message>
        <source>Броят работни места е променен: беше {0}, сега е {1}.</source>
        <translation>The number of workplaces changed: it was {0}, now it is {1}.</translation>
    </message>
    <message>
        <source>Видът инсталация е променен: беше „{0}“, сега е „{1}“.</source>
        <translation>The installation type changed: it was “{0}”, now it is “{1}”.</translation>
    </message>
</context>
<context>
    <name>status</name>
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
        <source>Конфигурацията не може да бъде прочетена</source>
        <translation>The configuration cannot be read</translation>
    </message>
</context>
<context>
    <name>support</name>
    <message>
        <source>Помолете клиента да натисне „Активирай“ за {name}.</source>
        <translation>Ask the client to press “Activate” for {name}.</translation>
    </message>
    <message>
        <source>Ключът в {name} е за друга инсталация. Помолете клиента да натисне „Активирай“, за да получи ключ за сегашната.</source>
        <translation>The key in {name} is for another installation. Ask the client to press “Activate” to get a key for the current one.</translation>
    </message>
    <message>
        <source>Версия {version} на {name} е от по-ново издание от последното платено. Предложете абонамент или платено право за новото издание; след това клиентът натиска „Активирай“.</source>
        <translation>Version {version} of {name} is of a newer release than the last one paid for. Offer a subscription or the paid right to the new release; then the client presses “Activate”.</translation>
    </message>
    <message>
        <source>Ключът на {name} е изтекъл. Проверете договора на клиента; след подновяване клиентът натиска „Активирай“.</source>
        <translation>The key of {name} has expired. Check the client&apos;s contract; once it is renewed the client presses “Activate”.</translation>
    </message>
    <message>
        <source>Ключът в {name} е повреден. Помолете клиента да натисне „Активирай“, за да се запише нов.</source>
        <translation>The key in {name} is damaged. Ask the client to press “Activate” to have a new one written.</translation>
    </message>
    <message>
        <source>Ключът в {name} не е издаден от ПАСОСС. Помолете клиента да натисне „Активирай“, за да се запише ключ от ПАСОСС.</source>
        <translation>The key in {name} was not issued by PASOSS. Ask the client to press “Activate” to have a key from PASOSS written.</translation>
    </message>
    <message>
        <source>Инсталационният ключ в {name} е повреден. Помолете клиента да отвори програмата ПАСОСС, за да го образува наново, и прочетете ключа група по група.</source>
        <translation>The installation key in {name} is damaged. Ask the client to open the PASOSS program so that it makes the key again, and read the key group by group.</translation>
    </message>
    <message>
        <source>абонамент или платено право за новото издание</source>
        <translation>a subscription or the paid right to the new release</translation>
    </message>
    <message>
        <source>да поръча модулите извън лиценза или да ги изключи в програмата</source>
        <translation>to order the modules outside the licence or switch them off in the program</translation>
    </message>
    <message>
        <source>да намали работните места в програмата или да поръча още</source>
        <translation>to reduce the workplaces in the program or order more</translation>
    </message>
    <message>
        <source>да поднови или плати договора</source>
        <translation>to renew or pay the contract</translation>
    </message>
    <message>
        <source>да поръча лиценз за програмата</source>
        <translation>to order a licence for the program</translation>
    </message>
    <message>
        <source>услугата</source>
        <translation>the service</translation>
    </message>
    <message>
        <source>Помолете клиента да провери дали има интернет (да отвори някой сайт).</source>
        <translation>Ask the client to check that they have internet (open any website).</translation>
    </message>
    <message>
        <source>Връзката до {host} е спряна: помолете клиента да провери защитната стена или да се обърне към администратора на мрежата си.</source>
        <translation>The connection to {host} is blocked: ask the client to check the firewall or to contact their network administrator.</translation>
    </message>
    <message>
        <source>Кажете на клиента да добави {host} в изключенията на „{product}“ (проверка на защитени връзки / HTTPS).</source>
        <translation>Tell the client to add {host} to the exceptions of “{product}” (inspection of secure connections / HTTPS).</translation>
    </message>
    <message>
        <source>Връзката до {host} минава през чужд сертификат ({issuer}): помолете клиента да се обърне към администратора на мрежата си.</source>
        <translation>The connection to {host} passes through someone else&apos;s certificate ({issuer}): ask the client to contact their network administrator.</translation>
    </message>
    <message>
        <source>Помолете клиента да свери часовника на компютъра (Настройки → Час и език → Автоматично задаване на часа).</source>
        <translation>Ask the client to set the computer&apos;s clock right (Settings → Time &amp; language → Set time automatically).</translation>
    </message>
    <message>
        <source>Помолете клиента да влезе в профила си в активатора.</source>
        <translation>Ask the client to log in to their account in the activator.</translation>
    </message>
    <message>
        <source>програмата</source>
        <translation>the program</translation>
    </message>
    <message>
        <source>{name}: помолете клиента да затвори програмата ПАСОСС и да стартира активатора отново.</source>
        <translation>{name}: ask the client to close the PASOSS program and start the activator again.</translation>
    </message>
    <message>
        <source>{name}: ключ няма да бъде издаден сега. {gap} Предложете на клиента {actions}; след това — „Активирай“.</source>
        <translation>{name}: no key would be issued now. {gap} Offer the client {actions}; then “Activate”.</translation>
    </message>
    <message>
        <source>{name}: новата работна станция ще заеме работно място ({seats}).</source>
        <translation>{name}: the new workstation will take a workplace ({seats}).</translation>
    </message>
    <message>
        <source>Всичко е наред: не е нужно клиентът да прави нищо.</source>
        <translation>All is well: the client need not do anything.</translation>
    </message>
    <message>
        <source>КОД {code} — изпратен {sent}, валиден до {until}</source>
        <translation>CODE {code} — sent {sent}, valid until {until}</translation>
    </message>
    <message>
        <source>КЛИЕНТ</source>
        <translation>CLIENT</translation>
    </message>
    <message>
        <source>{company} — клиентски номер {number}</source>
        <translation>{company} — customer number {number}</translation>
    </message>
    <message>
        <source>Имейл: {email}</source>
        <translation>E-mail: {email}</translation>
    </message>
    <message>
        <source>Компютър: {name} ({os})</source>
        <translation>Computer: {name} ({os})</translation>
    </message>
    <message>
        <source>Активатор {version}, Python {python}, Qt {qt}</source>
        <translation>Activator {version}, Python {python}, Qt {qt}</translation>
    </message>
    <message>
        <source>ПРОГРАМИ</source>
        <translation>PROGRAMS</translation>
    </message>
    <message>
        <source>Не са намерени програми ПАСОСС на компютъра.</source>
        <translation>No PASOSS programs were found on the computer.</translation>
    </message>
    <message>
        <source>ВРЪЗКА С УСЛУГАТА ({url})</source>
        <translation>CONNECTION TO THE SERVICE ({url})</translation>
    </message>
    <message>
        <source>Не е проверена.</source>
        <translation>Not checked.</translation>
    </message>
    <message>
        <source>КАКВО НЕ Е НАРЕД</source>
        <translation>WHAT IS WRONG</translation>
    </message>
    <message>
        <source>Нищо.</source>
        <translation>Nothing.</translation>
    </message>
    <message>
        <source>КАКВО ДА КАЖЕТЕ НА КЛИЕНТА</source>
        <translation>WHAT TO TELL THE CLIENT</translation>
    </message>
</context>
</TS>
