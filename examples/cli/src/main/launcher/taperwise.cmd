@echo off
rem taperwise: the Taperwise command line on Windows; put examples\target\bin on PATH.
if defined JAVA_HOME (set "TAPERWISE_JAVA=%JAVA_HOME%\bin\java") else (set "TAPERWISE_JAVA=java")
"%TAPERWISE_JAVA%" %JAVA_OPTS% "-Dtaperwise.command=taperwise" -jar "%~dp0..\taperwise.jar" %*
