"""Private helpers of the HTML front end: page metadata (``metadata``)."""
