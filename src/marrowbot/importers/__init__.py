"""Source files (MedQuAD XML, MedlinePlus health-topics XML) -> corpus documents, for ``marrowbot import``."""
