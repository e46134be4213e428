@echo off
rem Trajectory Studio launcher for Windows: finds a JDK 25+, builds what is missing, then runs the studio.
setlocal enabledelayedexpansion
set "ROOT=%~dp0"
set "JAR=%ROOT%app\target\trajectory-studio.jar"
set "LIB=%ROOT%app\target\lib"

set "JDK="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\javac.exe" call :check "%JAVA_HOME%"
if not defined JDK for /d %%D in ("%ProgramFiles%\Eclipse Adoptium\jdk-2*" "%ProgramFiles%\Java\jdk-2*" "%ProgramFiles%\Microsoft\jdk-2*" "%ProgramFiles%\Zulu\zulu-2*") do if not defined JDK call :check "%%~D"
if not defined JDK (
  echo studio: no JDK 25 or newer found. Install one ^(e.g. Temurin 25^) and set JAVA_HOME to it. 1>&2
  exit /b 2
)

if not exist "%JAR%" (
  where mvn >nul 2>nul || (echo studio: the studio is not built yet and Maven ^(mvn^) is not on the PATH. 1>&2 & exit /b 2)
  echo studio: building ^(first run^)... 1>&2
  pushd "%ROOT%"
  set "JAVA_HOME=%JDK%"
  call mvn -q -B -DskipTests -pl app -am package || (popd & echo studio: the build failed. 1>&2 & exit /b 2)
  popd
)

"%JDK%\bin\java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow %STUDIO_JAVA_OPTS% -cp "%JAR%;%LIB%\*" org.trajectorystudio.app.Main %*
exit /b %ERRORLEVEL%

:check
for /f "tokens=3" %%V in ('"%~1\bin\java.exe" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do (
  for /f "delims=." %%M in ("%%V") do if %%M GEQ 25 set "JDK=%~1"
)
exit /b 0
