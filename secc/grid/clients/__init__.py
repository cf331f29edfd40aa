"""Network clients that feed the "given as data" adapters of secc.grid.sources from real peers."""
