"""Understanding a message: the safety screen, the intent model, topics, and the conversation (follow-ups)."""
