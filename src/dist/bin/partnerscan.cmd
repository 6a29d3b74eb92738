@echo off
rem partnerscan for Windows: runs partnerscan's jar with a Java 17 (or newer) runtime, from any directory.
rem
rem Java: %JAVA_HOME%\bin\java.exe if JAVA_HOME is set, else java.exe on PATH. Extra JVM options: JAVA_OPTS.
rem
rem The arguments reach partnerscan as cmd.exe hands them over: %* is expanded only on the lines that start
rem Java, at their end, and is never assigned to a variable or passed through "call" (either would change
rem quotes, carets or percent signs); delayed expansion is off, so an exclamation mark stays one. Like every
rem batch file, this one reads the line with %* once more: an argument with & | < > ^ must be in double
rem quotes ("R&D"), as cmd.exe wants anyway; quoted, it arrives unchanged. Output follows the console's
rem code page (chcp): this script never changes it.
rem
rem Start-up: on the first run the JVM records the classes partnerscan loads into a class-data-sharing
rem archive in %LOCALAPPDATA%\partnerscan (per user, so the installation may be read-only); later runs map
rem it. When it cannot be written, partnerscan runs without it. Short commands use only the quick JIT
rem compiler; batch keeps the full JIT. The exit code is always partnerscan's own.
setlocal EnableExtensions DisableDelayedExpansion

set "PARTNERSCAN_JAR=%~dp0..\lib\partnerscan.jar"
set "PARTNERSCAN_JAVA=java.exe"
if defined JAVA_HOME set "PARTNERSCAN_JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_HOME where /q java.exe 2>nul || goto nojava

rem JVM warnings go to standard error, never to standard output; the archive's own chatter is off.
set "PARTNERSCAN_OPTS=-Xshare:auto -XX:+UseSerialGC -XX:-UsePerfData -Xlog:disable -Xlog:all=warning,cds*=off:stderr"
rem A short command (all but batch) gets the quick JIT only, with one compiler thread and less inlined; batch the full JIT
rem with smaller code inlined (its hot methods compile in far less time; see bin/partnerscan); not when JAVA_OPTS
rem sets the JIT itself. The first argument is only compared, never run.
set "PARTNERSCAN_JIT=-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:C1MaxInlineSize=20"
if /i "%~1"=="batch" set "PARTNERSCAN_JIT=-XX:InlineSmallCode=1000 -XX:FreqInlineSize=150"
if defined JAVA_OPTS if not "%JAVA_OPTS:Tiered=%"=="%JAVA_OPTS%" set "PARTNERSCAN_JIT="
if defined JAVA_OPTS if not "%JAVA_OPTS:CICompilerCount=%"=="%JAVA_OPTS%" set "PARTNERSCAN_JIT="
if defined JAVA_OPTS if not "%JAVA_OPTS:InlineSmallCode=%"=="%JAVA_OPTS%" set "PARTNERSCAN_JIT="
if defined JAVA_OPTS if not "%JAVA_OPTS:FreqInlineSize=%"=="%JAVA_OPTS%" set "PARTNERSCAN_JIT="

rem The archive is named after the jar's directory and size, so that two installations (or an upgrade)
rem keep apart archives. partnerscan itself removes one that another Java recorded (after an update of
rem Java), so that the next run records it anew (-Dpartnerscan.archive, ClassDataArchive).
if not defined LOCALAPPDATA goto plain
for %%J in ("%PARTNERSCAN_JAR%") do set "PARTNERSCAN_KEY=%%~dpJ%%~zJ"
set "PARTNERSCAN_KEY=%PARTNERSCAN_KEY::=%"
set "PARTNERSCAN_KEY=%PARTNERSCAN_KEY:\=_%"
set "PARTNERSCAN_KEY=%PARTNERSCAN_KEY: =_%"
set "PARTNERSCAN_ARCHIVE=%LOCALAPPDATA%\partnerscan\%PARTNERSCAN_KEY%.jsa"
if exist "%PARTNERSCAN_ARCHIVE%" goto shared

rem First run: record beside the final name, then move into place. The JVM refuses to start when it cannot
rem create that file, so it is created first; where that fails, the run goes without an archive.
if not exist "%LOCALAPPDATA%\partnerscan\" mkdir "%LOCALAPPDATA%\partnerscan" 2>nul
set "PARTNERSCAN_RECORD=%PARTNERSCAN_ARCHIVE%.%RANDOM%.tmp"
type nul >"%PARTNERSCAN_RECORD%" 2>nul || goto plain
"%PARTNERSCAN_JAVA%" %PARTNERSCAN_OPTS% %PARTNERSCAN_JIT% %JAVA_OPTS% -XX:ArchiveClassesAtExit="%PARTNERSCAN_RECORD%" -Dpartnerscan.archive="%PARTNERSCAN_ARCHIVE%" -jar "%PARTNERSCAN_JAR%" %*
set "PARTNERSCAN_STATUS=%ERRORLEVEL%"
for %%R in ("%PARTNERSCAN_RECORD%") do if %%~zR gtr 0 move /y "%PARTNERSCAN_RECORD%" "%PARTNERSCAN_ARCHIVE%" >nul 2>nul
if exist "%PARTNERSCAN_RECORD%" del /q "%PARTNERSCAN_RECORD%" >nul 2>nul
exit /b %PARTNERSCAN_STATUS%

:shared
"%PARTNERSCAN_JAVA%" %PARTNERSCAN_OPTS% %PARTNERSCAN_JIT% %JAVA_OPTS% -XX:SharedArchiveFile="%PARTNERSCAN_ARCHIVE%" -Dpartnerscan.archive="%PARTNERSCAN_ARCHIVE%" -jar "%PARTNERSCAN_JAR%" %*
exit /b %ERRORLEVEL%

:plain
"%PARTNERSCAN_JAVA%" %PARTNERSCAN_OPTS% %PARTNERSCAN_JIT% %JAVA_OPTS% -jar "%PARTNERSCAN_JAR%" %*
exit /b %ERRORLEVEL%

:nojava
echo partnerscan: geen Java gevonden: installeer een Java 17 (of nieuwer), of zet JAVA_HOME 1>&2
echo partnerscan: no Java found: install a Java 17 (or newer) runtime, or set JAVA_HOME 1>&2
exit /b 1
