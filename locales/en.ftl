# General
role-admin = Bappeda admin
role-operator = OPD operator
role-pimpinan = Leadership
role-guest = Not registered

start-welcome =
    Welcome to the Regional Innovation Bot of { $pemda }.
    This bot supports the Regional Innovation Index (IID) self-assessment: agencies register innovations with their evidence, Bappeda verifies them, and leaders follow the score.
start-registered =
    You are registered as { $role }.
    What you can do:
    { $commands }
start-guest =
    You are not registered yet.
    To join, ask a Bappeda admin of { $pemda } for an invitation code, then open the invitation link or send /daftar CODE.
start-admin-bootstrap = You were registered automatically as Bappeda admin because you are listed in ADMIN_IDS.

help-title = Commands available to you ({ $role }):
help-line = /{ $command } — { $description }

cmd-start = Start and see what you can do
cmd-bantuan = List of commands
cmd-bahasa = Change language
cmd-daftar = Register with an invitation code

language-choose = Choose a language:
language-set = Language changed to English.
language-id = Bahasa Indonesia
language-en = English

error-apology = Sorry, something went wrong while handling your request. Please try again. Reference: { $ref }
unknown-command = The command /{ $command } is unknown. Send /bantuan to see the list of commands.
unknown-button = This button is no longer valid. Please start again from its command.
fallback-text = I did not understand that message. Send /bantuan to see the list of commands.
command-refused = The command /{ $command } is only for: { $roles }.
