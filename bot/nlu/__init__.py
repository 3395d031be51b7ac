"""The language layer: normalising a message, finding its entities and its intent.

Knows nothing of Telegram; reads its vocabulary and examples from the index (data/nlu/*.yaml).
"""
