@echo off
rem Haven, as unpacked from its distribution: needs only a Java 17+ runtime (java on PATH, or JAVA_HOME).
rem Usage: haven COMMAND [options]   (haven --help)
setlocal
set "HAVEN_DIST=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
"%JAVA_EXE%" -version >nul 2>&1
if errorlevel 1 (
  echo haven: Java is not installed ^(or not on PATH^). Install a Java 17 runtime, such as Eclipse Temurin 17, and try again. 1>&2
  exit /b 2
)
rem C1 compilation, early, starts JRuby and Asciidoctor faster for a site-sized build; a capped heap gives memory back,
rem and a small young generation, used again after each collection, touches less new memory.
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=0.5 -XX:CICompilerCount=1 -XX:+UseParallelGC -Xmx640m -Xmn64m -Xss4m %HAVEN_JAVA_OPTS% -cp "%HAVEN_DIST%\lib\*" org.haven.cli.Main %*
exit /b %ERRORLEVEL%
