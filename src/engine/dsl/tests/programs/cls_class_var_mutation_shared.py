class Team:
    members = []
    def __init__(self, name):
        self.members.append(name)
a = Team("x")
b = Team("y")
print(Team.members, a.members is b.members)
