import SaysoCommand

SaysoCommand.main()
