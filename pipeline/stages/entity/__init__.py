"""The parts of the entity stage: the gazetteer and lexicon it looks names up in, the rules that find names by
shape, suffix and context, the NER models that fill what the rules leave, and the canonical names."""
