#!/usr/bin/env bash
# Opens JShell with pledge-ledger and its dependencies on the class path and its packages imported.
# Usage, from the repository root:  examples/jshell.sh   (then try: /open examples/01-tour-of-the-deal.jsh)
set -euo pipefail
cd "$(dirname "$0")/.."
# jshell refuses a pom-type entry on its class path, so only jars are listed.
mvn -q -B compile dependency:build-classpath -DincludeTypes=jar -Dmdep.outputFile=target/jshell-classpath.txt
exec jshell --class-path "target/classes:$(cat target/jshell-classpath.txt)" --startup DEFAULT --startup examples/startup.jsh "$@"
