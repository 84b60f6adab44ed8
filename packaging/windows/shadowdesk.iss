; Inno Setup 6.3+ script: the Windows installer for the PyInstaller folder dist\ShadowDesk.
;
; On Windows, from the repository root:
;   py -3.11 -m venv .venv && .venv\Scripts\pip install -e ".[dev]"
;   .venv\Scripts\python packaging\render_icons.py        (only if resources\icons\shadowdesk.svg changed)
;   .venv\Scripts\pip install --no-deps --no-build-isolation --target build\bundle-src .
;   .venv\Scripts\python -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\shadowdesk.spec
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\shadowdesk.iss
; Output: dist\ShadowDesk-0.1.0-setup.exe. Not built or run on the Linux build machines (packaging\README.md).
;
; Installs for the current user by default (no administrator rights; under %LOCALAPPDATA%\Programs);
; the first page offers "all users" instead. Uninstalling removes the program, never the user's data
; (%LOCALAPPDATA%\ShadowDesk: the database, its backups and logs hold people's notes).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "ShadowDesk"
#define AppExe "ShadowDesk.exe"
#define Root "..\.."

[Setup]
; The AppId ties upgrades and the uninstaller to this program: never change it.
AppId={{E0216A8A-C1C3-4841-81DE-822DA8E1B075}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The ShadowDesk developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile={#Root}\resources\icons\shadowdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#Root}\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Closes a running ShadowDesk before replacing its files (and restarts it afterwards when asked).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundled libraries wholesale: files a newer build no longer ships must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Root}\dist\ShadowDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
