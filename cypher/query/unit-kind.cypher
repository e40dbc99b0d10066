// One unit's name and kind: does it exist (the focus view answers 404 otherwise).
MATCH (u:Unit {name: $unit})
RETURN u.name AS name, u.kind AS kind
