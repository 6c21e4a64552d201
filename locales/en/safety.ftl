## I do not feel safe (content/trees/safety.toml)

safety-title = Not safe: violence, threats, exploitation
safety-danger-now = Are you or someone else in danger right now?
safety-danger-now-hint = For example violence, threats, or someone will not let you leave the house.
safety-danger-now-yes = Yes, right now
safety-danger-now-no = No, but I do not feel safe
safety-what-happens = What is happening?
safety-what-happens-hint = Choose what fits best. Each answer shows who can help.
safety-what-happens-home = Violence or threats at home, from a partner or family
safety-what-happens-host = My host threatens me, hurts me or uses me
safety-what-happens-exploited = I am forced to work or have sex, or my papers were taken

safety-emergency = Call 112 now
safety-emergency-intro = 112 is the police, ambulance and fire brigade when someone is in danger right now.
safety-at-home = Call Veilig Thuis: help with violence at home
safety-at-home-intro = Violence at home is not your fault. Veilig Thuis gives advice and, if you agree, arranges help, such as a safe place for you and your children.
safety-unsafe-host = You do not have to stay with a host where you are not safe
safety-unsafe-host-intro = If your host threatens you, hurts you, or asks for sex, money or work in return for the room, you can leave. There is help.
safety-exploitation = Help with exploitation and human trafficking
safety-exploitation-intro = Are you forced to work or have sex, made to "work off a debt", or were your papers taken? That is exploitation. It is a crime, and there is help.

safety-step-call-112 = Call 112. Say where you are and what is happening.
safety-step-say-where = Give the street, house number and town.
safety-step-when-safe = When you are safe, call Veilig Thuis for advice and help. The call is free and you do not have to give your name.
safety-step-call-veilig-thuis = Call Veilig Thuis on the number below. When asked, say the name of your town: you are put through to Veilig Thuis in your region.
safety-step-anonymous = You do not have to give your name. Veilig Thuis needs your consent to pass your details on to other helpers or the police.
safety-step-112-if-danger = If you or your children are in danger right now, call 112.
safety-step-report-to-police = You can report the violence to the police. Call the police's general number below.
safety-step-victim-support = Slachtofferhulp Nederland gives victims of a crime free help, advice and information. A call to them costs the local rate.
safety-step-leave-host = Until and including { $tp-end } you can always go to a municipal reception location if you no longer want to live with your host. Contact your municipality (details below).
safety-step-keep-papers = Keep your passport and other papers with you. Do not hand them to a host or an employer.
safety-step-call-comensha = Call or e-mail CoMensha, the national helpdesk on human trafficking. They advise on where to get help and a safe place to stay, and answer questions about your rights.
safety-step-work-inspectie = Is it about your work? Report it to the Netherlands Labour Authority (Arbeidsinspectie). You can do this anonymously.

contact-comensha = CoMensha (helpdesk on human trafficking)
contact-comensha-about = For anyone dealing with human trafficking: advice on help, shelter and legal questions.
contact-slachtofferhulp = Slachtofferhulp Nederland (Victim Support)
contact-slachtofferhulp-about = Free help, advice and information for victims of a crime. A call costs the local rate.
fact-veilig-thuis-free = Veilig Thuis (0800-2000) is free and open every day, day and night. You do not have to give your name.
