@echo off
rem taperwise: the Taperwise command line on Windows; put examples\target\bin on PATH.
rem Uses the class-data archive beside the jar when there is one (the JVM starts without it, silently, when it
rem refuses it); evaluate and handout run with the JIT's first tier only (a faster start), the rest with shallower
rem inlining (less compiling: screen about 1.4x faster on 2 cores; README, Performance). JAVA_OPTS comes after.
if defined JAVA_HOME (set "TAPERWISE_JAVA=%JAVA_HOME%\bin\java") else (set "TAPERWISE_JAVA=java")
set TAPERWISE_CDS=
if exist "%~dp0..\taperwise.jsa" set TAPERWISE_CDS="-XX:SharedArchiveFile=%~dp0..\taperwise.jsa" -Xshare:auto "-Xlog:cds*=off"
set TAPERWISE_JIT=-XX:+IgnoreUnrecognizedVMOptions -XX:InlineSmallCode=500 -XX:MaxInlineLevel=4 -XX:FreqInlineSize=100
if /i "%~1"=="evaluate" set TAPERWISE_JIT=-XX:TieredStopAtLevel=1
if /i "%~1"=="handout" set TAPERWISE_JIT=-XX:TieredStopAtLevel=1
"%TAPERWISE_JAVA%" %TAPERWISE_CDS% %TAPERWISE_JIT% %JAVA_OPTS% "-Dtaperwise.command=taperwise" -jar "%~dp0..\taperwise.jar" %*
