"""Grid signal sources: each turns its protocol's data into LimitRequests for the GridLimitManager."""
