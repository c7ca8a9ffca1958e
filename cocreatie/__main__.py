from cocreatie.cli.main import main

raise SystemExit(main())
