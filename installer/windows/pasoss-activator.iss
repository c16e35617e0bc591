; Inno Setup 6 script of PASOSS Activator: a per-user install (no administrator rights),
; a Start-menu shortcut, an uninstaller, Bulgarian and English setup languages.
;
; Build on Windows, after `python installer\build.py` has made dist\pasoss-activator\:
;     "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" installer\windows\pasoss-activator.iss
; Output: dist\PasossActivatorSetup-1.0.0.exe.  See docs/INSTALLER.md.
;
; This file is ASCII on purpose: every Bulgarian text comes from Inno Setup's own
; Bulgarian.isl, so the file's encoding cannot garble it.

#define AppName "PASOSS Activator"
; Keep equal to pasoss_activator.__version__ (tests/installer checks it).
#define AppVersion "1.0.0"
#define AppPublisher "PASOSS"
; The windowed executable (no console window behind the GUI); the console one,
; pasoss-activator.exe, is for support staff and scripts and sits beside it.
#define AppExeName "PASOSS Activator.exe"
; The bundle to package; the Windows lane (scripts/windows-lane.sh) gives its own with
; ISCC /DBundleDir=...
#ifndef BundleDir
#define BundleDir "..\..\dist\pasoss-activator"
#endif
; Where the app's folder goes: {autopf}, which in this per-user setup is the user's
; %LOCALAPPDATA%\Programs. The Windows lane gives ISCC /DProgramsDir={localappdata}\Programs,
; the same folder named another way: Wine cannot name it for {autopf} (its shell32 lacks
; FOLDERID_UserProgramFiles), and setup would stop there.
#ifndef ProgramsDir
#define ProgramsDir "{autopf}"
#endif

[Setup]
; The AppId identifies the product to Windows' "Apps" list and to upgrades: never change it.
AppId={{7AC50C1D-87A1-4211-9AD1-2BFD79263184}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}.0
VersionInfoCompany={#AppPublisher}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} Setup
; Per-user: {autopf} is %LOCALAPPDATA%\Programs, shortcuts go to the user's Start menu.
PrivilegesRequired=lowest
DefaultDirName={#ProgramsDir}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\..\resources\icons\pasoss-activator.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
; Closes a running activator before replacing its files (Restart Manager).
CloseApplications=yes
OutputDir=..\..\dist
OutputBaseFilename=PasossActivatorSetup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
; Setup speaks the language of Windows; Bulgarian, listed first, is preselected when
; Windows speaks neither.
Name: "bg"; MessagesFile: "compiler:Languages\Bulgarian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the libraries as a whole, so no stale file of an older version stays.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes what setup installed.  It leaves the user's settings, offline
; cache and logs (%LOCALAPPDATA%\PASOSS\PASOSS Activator) and the session in
; Windows Credential Manager: they belong to the user, and a reinstall finds them again.
