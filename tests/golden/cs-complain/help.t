# --help prints the usage on stdout and exits 0
cs-complain --help | head -4
>>> stdout
usage: cs-complain [-d DIR] [-r RULES] [--now TIME] SUBCOMMAND ...
  open CUSTOMER --severity S --category C --channel CH --summary TEXT
                                    open a complaint, print its id
  assign ID --to STAFF              hand it to STAFF
>>> exit 0
