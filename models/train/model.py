"""The tagger network (PyTorch), as described in models/pii-tagger/MODEL_CARD.md."""

import torch
from torch import nn

from features import LABELS, MAX_BYTES, SHAPES, WORD_BUCKETS

WORD_DIM, SHAPE_DIM, BYTE_DIM, CHAR_DIM, HIDDEN = 64, 16, 16, 64, 128


class Tagger(nn.Module):
    def __init__(self, hidden: int = HIDDEN) -> None:
        super().__init__()
        self.word = nn.Embedding(WORD_BUCKETS, WORD_DIM)
        self.shape = nn.Embedding(len(SHAPES), SHAPE_DIM)
        self.byte = nn.Embedding(257, BYTE_DIM, padding_idx=0)
        self.conv = nn.Conv1d(BYTE_DIM, CHAR_DIM, kernel_size=3, padding=1)
        self.drop = nn.Dropout(0.25)
        self.lstm = nn.LSTM(WORD_DIM + SHAPE_DIM + CHAR_DIM, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, len(LABELS))

    def forward(self, word_ids, shape_ids, byte_ids, lengths=None):
        batch, steps = word_ids.shape
        b = self.byte(byte_ids).reshape(batch * steps, MAX_BYTES, BYTE_DIM).transpose(1, 2)
        chars = torch.relu(self.conv(b)).max(dim=2).values.reshape(batch, steps, CHAR_DIM)
        x = self.drop(torch.cat([self.word(word_ids), self.shape(shape_ids), chars], dim=-1))
        if lengths is not None:
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=steps)
        else:
            h, _ = self.lstm(x)
        return self.out(self.drop(h))
