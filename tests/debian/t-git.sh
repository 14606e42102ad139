# git: a repository built by the same commands on both sides (fixed names and
# dates, so the same commit ids), branches and a merge, log/diff/blame,
# gc (repack, pack-objects run as child processes) with the object store
# compared byte for byte, archive, a clone through upload-pack (--no-local:
# fork, exec and pipes between git processes), format-patch, fsck.
# pack.threads=1: git's threaded delta search shares work by timing.
need_host /usr/bin/git
need_version git
export HOME=$work/home GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
export GIT_AUTHOR_NAME="A U Thor" GIT_AUTHOR_EMAIL=author@example.org
export GIT_COMMITTER_NAME="C O Mitter" GIT_COMMITTER_EMAIL=committer@example.org
export GIT_AUTHOR_DATE="2024-02-29T13:45:07Z" GIT_COMMITTER_DATE="2024-02-29T13:45:07Z"
mkdir -p "$HOME"
lines=3000
[ "${XRUN_BACKEND:-jit}" = interp ] && lines=600
both() { (cd "$H" && "$@") && (cd "$G" && "$@"); }   # the same edit on both sides
g() { local desc=$1; shift; check "$desc" /usr/bin/git -c pack.threads=1 -C repo "$@"; }

check "git init" /usr/bin/git init -q -b main repo
gen_text "$H/repo/data.csv" "$lines" 31
gen_text "$H/repo/notes.txt" 200 32
mkdir -p "$H/repo/src" && seq 1 500 | sed 's/^/line /' >"$H/repo/src/seq.txt"
for f in data.csv notes.txt src/seq.txt; do mkdir -p "$G/repo/$(dirname $f)"; put repo/$f; done
g "git add" add .
g "git commit (root)" commit -q -m "first: data, notes, seq"
both sed -i -e 's/alpha/ALPHA/' -e '50,60d' repo/data.csv
g "git commit -a" commit -q -a -m "second: alpha in capitals"
g "git checkout -b feature" checkout -q -b feature
both sed -i -e '$a feature line' -e 's/^line 1\(.\)$/LINE 1\1/' repo/src/seq.txt
g "git commit on feature" commit -q -a -m "feature: seq edits"
g "git checkout main" checkout -q main
both sed -i -e '1i header line' repo/notes.txt
g "git commit on main" commit -q -a -m "main: notes header"
g "git merge --no-ff" merge -q --no-ff -m "merge feature" feature
g "git tag -a" tag -a v1.0 -m "release 1.0"
g "git rev-parse (commit ids)" rev-parse HEAD HEAD^1 HEAD^2 v1.0 HEAD:data.csv
g "git log --stat --format=fuller" log --stat --format=fuller
g "git log -p --graph" log -p --graph -3
g "git diff --stat HEAD~2" diff --stat HEAD~2
g "git diff --word-diff" diff --word-diff HEAD~3 HEAD -- data.csv
g "git blame" blame -s src/seq.txt
g "git format-patch --stdout" format-patch --stdout -2 HEAD^2
g "git archive tar" archive --format=tar -o ../repo.tar HEAD
same_file "git archive tar bytes" repo.tar
g "git archive tar.gz" archive --format=tar.gz -o ../repo.tgz v1.0
same_file "git archive tar.gz bytes" repo.tgz
g "git gc --aggressive" gc -q --aggressive
tree_sum "object store after gc" repo/.git/objects
g "git count-objects -v" count-objects -v
g "git fsck --full" fsck --full --no-progress
g "git verify-pack -v" verify-pack -v "$(cd "$H/repo" && echo .git/objects/pack/*.idx)"
check "git clone --no-local (upload-pack)" /usr/bin/git clone -q --no-local repo clone
check "git log of the clone" /usr/bin/git -C clone log --oneline --all --decorate
tree_sum "clone's working tree" clone/src
# threaded delta search (its pack bytes may differ by timing; its content not)
check "git repack --threads=2" /usr/bin/git -C clone repack -q -a -d -f --threads=2 --window=50
check "git fsck of the repacked clone" /usr/bin/git -C clone fsck --full --no-progress --strict
run_both /usr/bin/git -C clone rev-list --objects --all
sorted; same "git rev-list --objects (sorted)"
