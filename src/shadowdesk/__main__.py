from shadowdesk.cli import main

raise SystemExit(main())
