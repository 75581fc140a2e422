"""Publishing: the static read-only site and its ClaimReview feed."""
