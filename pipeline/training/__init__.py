"""Training the statistical NER: samples from gold, Wikipedia and silver news (``samples``), and one module
per learner (``spacy_ner``). ``pipeline.train`` is the entry point."""
