; Inno Setup 6 script: the Windows installer of Privacy Ledger.
;
;   python installer/build.py        (builds dist\PrivacyLedger first, then runs ISCC on this)
;   ISCC installer\privacy-ledger.iss
;
; Per-user install, no administrator rights: the program goes to
; %LOCALAPPDATA%\Programs\PrivacyLedger. The office's ledgers and backups live in
; %APPDATA%\PrivacyLedger (or wherever the manager saved the ledger) and are never
; touched by the installer or the uninstaller.
; tests/packaging/test_installer.py checks this file against pyproject.toml and the spec.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Privacy Ledger"
#define BundleName "PrivacyLedger"
#define AppExe "PrivacyLedger.exe"
#define CliExe "privacy-ledger-cli.exe"
#define BundleDir "..\dist\PrivacyLedger"

[Setup]
; Never change the AppId: Windows recognises upgrades and the uninstaller by it.
AppId={{6F1B3C52-8E4A-4D8B-9C2E-5A7D0F3B9E61}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#BundleName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename={#BundleName}-{#AppVersion}-setup
SetupIconFile=..\resources\icons\privacy-ledger.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
LicenseFile=..\LICENSE
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "ja"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
ja.DataKept=事務所の台帳ファイルとバックアップは削除されていません。保存場所:%n%n%1%n%nセットアップ時に別の場所を選んだ場合は、そのフォルダーにあります。
en.DataKept=The office's ledgers and backups were not removed. They are in:%n%n%1%n%nIf another folder was chosen during setup, they are there.
ja.LedgerFile=Privacy Ledger 台帳
en.LedgerFile=Privacy Ledger ledger

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade first removes the previous build's libraries, so no stale DLL is loaded.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\{#AppExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\{#CliExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#BundleDir}\LICENSE.txt"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\THIRD-PARTY-LICENSES.txt"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .pldb opens in Privacy Ledger (per user, HKCU, as the install is per user)
Root: HKA; Subkey: "Software\Classes\.pldb"; ValueType: string; ValueName: ""; ValueData: "PrivacyLedger.Ledger"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.pldb\OpenWithProgids"; ValueType: string; ValueName: "PrivacyLedger.Ledger"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\PrivacyLedger.Ledger"; ValueType: string; ValueName: ""; ValueData: "{cm:LedgerFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\PrivacyLedger.Ledger\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\PrivacyLedger.Ledger\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the installer put there; the data folder is not listed on purpose
Type: filesandordirs; Name: "{app}\_internal"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{userappdata}\{#BundleName}')]),
      mbInformation, MB_OK);
end;
