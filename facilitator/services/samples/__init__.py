"""Made-up sample records for the demo, the screenshots and the benchmarks (never real people)."""
