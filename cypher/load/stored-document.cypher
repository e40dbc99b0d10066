// What a deletion reports: the stored document's title and counts (kept on the node at load time).
MATCH (d:Document {key: $key})
RETURN d.title AS title, d.sections AS sections, d.measures AS measures, d.units AS units
