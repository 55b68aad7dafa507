"""Events: triggers, frames, status, location, date and quantity."""
