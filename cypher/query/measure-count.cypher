// Measures in scope, from the counts stored on each document.
MATCH (d:Document)
WHERE $document IS NULL OR d.key = $document
RETURN coalesce(sum(d.measures), 0) AS n
