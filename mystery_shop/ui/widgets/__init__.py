"""Reusable widgets: answer inputs per question type, the stopwatch, the signature pad."""
