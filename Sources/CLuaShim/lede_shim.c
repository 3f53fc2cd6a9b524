int lede_placeholder(void) { return 0; }
