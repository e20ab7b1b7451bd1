"""The domain model: schema (as data), partial dates and statements."""
