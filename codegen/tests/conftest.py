"""The golden files are expected generator output, not tests of this repository."""

collect_ignore_glob = ["golden/*"]
