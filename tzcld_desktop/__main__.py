from tzcld_desktop.cli import main

raise SystemExit(main())
