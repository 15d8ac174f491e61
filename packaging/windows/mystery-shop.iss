; Inno Setup 6 script for the Windows installer of mystery-shop (issue 28).
; Built on Windows by .github/workflows/desktop.yml, never here (see packaging/README.md):
;   iscc /DAppVersion=0.1.0 packaging\windows\mystery-shop.iss   ->  dist\mystery-shop-0.1.0-setup.exe
; from the one-folder bundle dist\mystery-shop\ (pyinstaller packaging\mystery-shop.spec) and the icon
; packaging\icons\mystery-shop.ico (python packaging\make_icons.py).
;
; Per user: no administrator rights, installed under %LOCALAPPDATA%\Programs\Mystery Shop. An upgrade is the
; new installer run over the old one: the same AppId finds the installed copy, replaces the program in place
; (the old _internal folder removed first, so no stale module survives) and never touches the profile, which
; lives apart in %LOCALAPPDATA%\mystery-shop (platformdirs). The uninstaller removes the program and its
; Start-menu entry and leaves the profile: an auditor's unsynced work is not the installer's to delete.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\mystery-shop.iss
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\mystery-shop"
#endif
#define AppName "Mystery Shop"
#define AppExe "mystery-shop.exe"

[Setup]
; Never change AppId: it is how an upgrade finds the installed copy.
AppId={{6E0C2A57-4B8D-4F1C-9C53-5D7A1E9B3F20}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=mystery-shop team
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
CloseApplications=yes
RestartApplications=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=mystery-shop-{#AppVersion}-setup
SetupIconFile=..\icons\mystery-shop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "polish"; MessagesFile: "compiler:Languages\Polish.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program whole: modules the new version no longer has must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\{#AppExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Mystery shopping and customer-touchpoint audits"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may have written beside it; the profile (%LOCALAPPDATA%\mystery-shop) stays.
Type: filesandordirs; Name: "{app}\_internal"
