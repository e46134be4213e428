#!/usr/bin/env bash
# Puts a JDK AOT cache into a jpackage app image: runs the studio's training workload with the image's own runtime
# and the exact class path its launcher uses (read from the launcher's .cfg), writing studio.aot next to the jars,
# where the image's java-options ("-XX:AOTCache=$APPDIR/studio.aot") find it. The JVM accepts the cache after the
# image is moved or installed elsewhere (same relative layout); without it the studio only starts slower.
set -euo pipefail
IMAGE="$1"   # target/installer/image/trajectory-studio (Linux, Windows) or …/trajectory-studio.app (macOS)
NAME=trajectory-studio
SEP=:
if [ -d "$IMAGE/Contents" ]; then
    APPDIR="$IMAGE/Contents/app"; JAVA="$IMAGE/Contents/runtime/Contents/Home/bin/java"
elif [ -d "$IMAGE/lib/app" ]; then
    APPDIR="$IMAGE/lib/app"; JAVA="$IMAGE/lib/runtime/bin/java"
else
    APPDIR="$IMAGE/app"; JAVA="$IMAGE/runtime/bin/java.exe"; SEP=";"
fi
CFG="$APPDIR/$NAME.cfg"
CP=$(sed -n 's/^app\.classpath=//p' "$CFG" | tr -d '\r' | sed "s|\$APPDIR|$APPDIR|g" | paste -sd"$SEP" -)
OPTS=$(sed -n '/^\[JavaOptions\]/,/^\[/p' "$CFG" | tr -d '\r' | sed -n 's/^java-options=//p' | grep -v AOTCache | sed "s|\$APPDIR|$APPDIR|g")
rm -f "$APPDIR/studio.aot"
# shellcheck disable=SC2086
"$JAVA" $OPTS -XX:AOTCacheOutput="$APPDIR/studio.aot" -cp "$CP" org.trajectorystudio.app.Main train-start-cache
ls -l "$APPDIR/studio.aot"
