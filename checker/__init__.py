"""newscheck library: load -> split -> extract -> align -> judge -> render."""
