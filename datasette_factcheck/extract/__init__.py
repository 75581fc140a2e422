"""Extract: read an article file and find its paragraphs, quotes, speakers and claims."""
