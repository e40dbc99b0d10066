// A section of a document by its uid (Section.uid: document key and ordinal): an index seek.
MATCH (s:Section {uid: $uid})
RETURN count(s) > 0 AS exists
