# --help prints the usage on stdout and exits 0
cs-log --help | head -3
>>> stdout
usage: cs-log [-d DIR] [-r RULES] [--now TIME] CUSTOMER --by STAFF
              --method METHOD --outcome OUTCOME [--scores A,S,T,P]
              [--note TEXT] [--at TIME] [--rule NAME] [--complaint ID]
>>> exit 0
