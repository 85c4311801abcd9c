#!/bin/sh
# The shape docs/ARCHITECTURE.md draws, checked on the includes of the tree at $1:
#  - a ui/<feature>/ file includes no other feature and not ui/mainwindow/ (only core/ and ui/common/);
#  - ui/common/ includes no feature;
#  - core/ includes nothing of ui/ or app/ and no widget header.
# Prints every include that breaks a rule and fails when there is one.
root=${1:?usage: check-layering.sh SOURCE_DIR}
cd "$root" || exit 2
status=0
for dir in ui/*/; do
    feature=$(basename "$dir")
    [ "$feature" = mainwindow ] && continue
    bad=$(grep -rnE '#include "ui/' "$dir" | grep -vE "#include \"ui/($feature|common)/")
    if [ -n "$bad" ]; then
        echo "ui/$feature/ may include only core/ and ui/common/:"
        echo "$bad"
        status=1
    fi
done
bad=$(grep -rnE '#include [<"](ui/|app/|QWidget|QMainWindow|QDialog|QtWidgets|QAction>|QMenu)' core)
if [ -n "$bad" ]; then
    echo "core/ knows no widget and no front end:"
    echo "$bad"
    status=1
fi
[ $status -eq 0 ] && echo "layering holds"
exit $status
