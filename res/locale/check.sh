#!/usr/bin/env bash
# Fails when a string of the interface has no translation in a catalog (missing, empty or left
# fuzzy by msgmerge), when a translation has a different number of lines than its original (a
# stale line left in by hand editing shows up on screen), or when the English catalog is not the
# identity. msgfmt --check, run by the build,
# already compares the printf placeholders.
set -euo pipefail
cd "$(dirname "$0")/../.."
pot="$(mktemp --suffix=.pot)"
trap 'rm -f "$pot"' EXIT
bash res/locale/extract.sh "$pot"
status=0
for lang in es en; do
    po="res/locale/$lang.po"
    if ! msgcmp "$po" "$pot"; then
        echo "$po: translate the strings above (res/locale/update.sh merges new ones in)" >&2
        status=1
    fi
    fuzzy="$(msgattrib --only-fuzzy --no-obsolete "$po" | grep -c '^msgid' || true)"
    if [ "$fuzzy" -gt 0 ]; then
        echo "$po: $fuzzy fuzzy entries (guesses by msgmerge) to check" >&2
        status=1
    fi
    # Each message on stdin, its original in MSGEXEC_MSGID: the same number of newlines.
    if ! msgexec -i "$po" sh -c '
            [ -z "$MSGEXEC_MSGID" ] && exit 0 # the header entry
            original="$(printf "%s" "$MSGEXEC_MSGID" | wc -l)"
            translated="$(wc -l)"
            if [ "$original" != "$translated" ]; then
                echo "$MSGEXEC_LOCATION: \"$MSGEXEC_MSGID\" has $original line breaks, its translation $translated" >&2
                exit 1
            fi' >/dev/null; then
        status=1
    fi
done
# English: every translation is its original (the plural's second form aside).
if ! msgexec -i res/locale/en.po sh -c '
        [ -z "$MSGEXEC_MSGID" ] || [ "${MSGEXEC_PLURAL_FORM:-0}" != 0 ] && exit 0
        [ "$(cat)" = "$MSGEXEC_MSGID" ] && exit 0
        echo "$MSGEXEC_LOCATION: the English of \"$MSGEXEC_MSGID\" is not the string itself" >&2
        exit 1' >/dev/null; then
    status=1
fi
exit $status
