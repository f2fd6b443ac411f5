from circ_a import VALUE
