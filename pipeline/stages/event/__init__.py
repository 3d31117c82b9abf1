"""The parts of the event stage: triggers, roles and scope within a clause, modality, and one row per happening."""
