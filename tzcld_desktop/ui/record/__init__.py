"""The territory record screen: a window per territory with a header and tabs."""
