"""The lossless text layer: normalization with an offset map, sentences, quoted runs."""
